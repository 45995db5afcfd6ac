<?xml version="1.0" encoding="UTF-8"?>
<!--
  The shell every page of the site shares (included by the page drivers): head with the
  stylesheet, skip link, site header with navigation and search, footer, script.
  Everything is relative to the site root (all pages live there), so the site works from the
  file system and from any sub-path of a web server. Nothing is fetched from elsewhere.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:h="urn:teiconv:html"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <!-- The edition's name and the absolute address it is published at ('' = unknown). -->
  <xsl:param name="edition-title" as="xs:string" select="'Documents from the Archive'"/>
  <xsl:param name="base-url" as="xs:string" select="''"/>
  <!-- The project's declaration of its edition (teiconv.edition.Edition.as_parameters). -->
  <xsl:param name="edition-editors" as="xs:string" select="'unnamed editor'"/>
  <xsl:param name="edition-publisher" as="xs:string" select="''"/>
  <xsl:param name="edition-version" as="xs:string" select="''"/>
  <xsl:param name="edition-licence" as="xs:string" select="''"/>
  <xsl:param name="edition-language" as="xs:string" select="'en'"/>

  <xsl:function name="h:page-url" as="xs:string?">
    <xsl:param name="file" as="xs:string"/>
    <xsl:sequence select="if (not($base-url)) then ()
                          else if (ends-with($base-url, '/')) then $base-url || $file
                          else $base-url || '/' || $file"/>
  </xsl:function>

  <!-- $page: 'index' | 'about' | 'document' (marks the current navigation entry). -->
  <xsl:template name="h:page">
    <xsl:param name="page" as="xs:string"/>
    <xsl:param name="file" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="lang" as="xs:string" select="$edition-language"/>
    <xsl:param name="head" as="item()*" select="()"/>
    <xsl:param name="content" as="item()*"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <xsl:if test="h:page-url($file)">
          <link rel="canonical" href="{h:page-url($file)}"/>
        </xsl:if>
        <link rel="stylesheet" href="assets/edition.css"/>
        <xsl:sequence select="$head"/>
      </head>
      <body class="page-{$page}">
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <a class="site-title" href="index.html"><xsl:value-of select="$edition-title"/></a>
          <nav class="site-nav" aria-label="Site">
            <ul>
              <li><a href="index.html"><xsl:if test="$page = 'index'"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>Documents</a></li>
              <li><a href="persons.html">Persons</a></li>
              <li><a href="places.html">Places</a></li>
              <li><a href="organisations.html">Organisations</a></li>
              <li><a href="about.html"><xsl:if test="$page = 'about'"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>About this edition</a></li>
            </ul>
          </nav>
          <xsl:if test="$page ne 'index'">  <!-- the index page has its own, larger search box -->
            <form class="site-search" action="index.html" method="get" role="search">
              <label for="site-search-q">Search</label>
              <input id="site-search-q" type="search" name="q"/>
              <button type="submit">Search</button>
            </form>
          </xsl:if>
        </header>
        <main id="main">
          <xsl:sequence select="$content"/>
        </main>
        <footer class="site-footer">
          <p><xsl:value-of select="string-join(($edition-title, 'Edited by ' || $edition-editors,
                $edition-version[. ne ''] ! ('Version ' || .), $edition-publisher[. ne '']), '. ')"/>.
            <a href="about.html#licence">Licence and sources</a>.</p>
        </footer>
        <script src="assets/edition.js"></script>
      </body>
    </html>
  </xsl:template>

  <!-- One term/definition pair of a metadata list, left out when there is nothing to say. -->
  <xsl:template name="h:field">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="item()*"/>
    <xsl:if test="exists($value[normalize-space(string(.))])">
      <dt><xsl:value-of select="$label"/></dt>
      <dd><xsl:sequence select="$value"/></dd>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>

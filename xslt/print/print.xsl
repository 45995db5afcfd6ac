<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print driver: TEI → HTML ready for CSS Paged Media (WeasyPrint, css in print.css).

  Two entry points, one compiled stylesheet:
  - apply templates to a TEI document: that document alone, for its own PDF;
  - call template "print:edition" with $documents (and optionally $collection, whose
    description opens the book): the whole book.
  Text rendering comes from the shared renderer (xslt/common/, mode "diplomatic": the print
  edition follows the transcription's conventions); this driver adds only what paper needs: the
  page shell with the PDF's metadata, the apparatus (apparatus.xsl), the article of one document
  (document.xsl) and the book around the articles (book.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:print="urn:teiconv:print"
    xmlns:tc="urn:teiconv:text"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/text.xsl"/>
  <xsl:include href="apparatus.xsl"/>
  <xsl:include href="document.xsl"/>
  <xsl:include href="book.xsl"/>
  <xsl:include href="names.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <!-- Notes are numbered (and become footnotes, apparatus.xsl), not inline [text]. -->
  <xsl:param name="tc:diplomatic-notes" as="xs:string" select="'numbered'"/>

  <xsl:param name="documents" as="document-node()*" select="()"/>
  <xsl:param name="collection" as="document-node()?" select="()"/>
  <!-- The project's declaration of its edition (teiconv.edition, set by teiconv.pdf). -->
  <xsl:param name="edition-title" as="xs:string" select="''"/>
  <xsl:param name="edition-editors" as="xs:string" select="'unnamed editor'"/>
  <xsl:param name="edition-publisher" as="xs:string" select="''"/>
  <xsl:param name="edition-version" as="xs:string" select="''"/>
  <xsl:param name="edition-licence" as="xs:string" select="''"/>
  <xsl:param name="edition-language" as="xs:string" select="'en'"/>
  <xsl:param name="edition-archive-record-url" as="xs:string" select="''"/>

  <xsl:template match="/">
    <xsl:variable name="tei" select="print:tei(.)"/>
    <xsl:call-template name="print:page">
      <xsl:with-param name="class" select="'single'"/>
      <xsl:with-param name="title" select="print:title($tei)"/>
      <xsl:with-param name="author" select="print:author($tei)"/>
      <xsl:with-param name="subject" select="print:summary($tei)"/>
      <xsl:with-param name="keywords" select="print:keywords($tei)"/>
      <xsl:with-param name="language" select="print:language($tei)"/>
      <xsl:with-param name="content">
        <xsl:apply-templates mode="print:article" select="$tei"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="print:edition">
    <xsl:variable name="ordered" select="print:in-date-order($documents ! print:tei(.))"/>
    <xsl:variable name="about" select="$collection ! print:tei(.)"/>
    <xsl:call-template name="print:page">
      <xsl:with-param name="class" select="'edition'"/>
      <xsl:with-param name="title" select="print:edition-title($about)"/>
      <xsl:with-param name="author" select="$edition-editors"/>
      <xsl:with-param name="subject" select="string-join((count($ordered) || ' documents',
                                                          print:span($ordered)), ', ')"/>
      <xsl:with-param name="keywords" select="distinct-values($ordered ! print:keywords(.))"/>
      <xsl:with-param name="language" select="($about ! print:language(.), 'en')[1]"/>
      <xsl:with-param name="content">
        <xsl:call-template name="print:title-page">
          <xsl:with-param name="documents" select="$ordered"/>
          <xsl:with-param name="collection" select="$about"/>
        </xsl:call-template>
        <xsl:call-template name="print:contents">
          <xsl:with-param name="documents" select="$ordered"/>
          <xsl:with-param name="collection" select="$about"/>
        </xsl:call-template>
        <xsl:call-template name="print:introduction">
          <xsl:with-param name="collection" select="$about"/>
        </xsl:call-template>
        <xsl:call-template name="print:principles">
          <xsl:with-param name="documents" select="$ordered"/>
          <xsl:with-param name="collection" select="$about"/>
        </xsl:call-template>
        <xsl:apply-templates mode="print:article" select="$ordered"/>
        <xsl:call-template name="print:sources">
          <xsl:with-param name="documents" select="$ordered"/>
        </xsl:call-template>
        <xsl:call-template name="print:index-of-names">
          <xsl:with-param name="documents" select="$ordered"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The document's root: a TEI, or a teiCorpus, text, surface, facsimile or sourceDoc
       published as a file of its own (teiconv.pdf refuses other roots before they get here). -->
  <xsl:function name="print:tei" as="element()">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="($doc/*[namespace-uri() = 'http://www.tei-c.org/ns/1.0'],
                           error(xs:QName('print:not-tei'), 'the root element is not in the TEI namespace'))[1]"/>
  </xsl:function>

  <!-- The HTML shell; WeasyPrint turns title, meta and lang into the PDF's metadata. -->
  <xsl:template name="print:page">
    <xsl:param name="class" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="author" as="xs:string*"/>
    <xsl:param name="subject" as="xs:string?"/>
    <xsl:param name="keywords" as="xs:string*"/>
    <xsl:param name="language" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <html lang="{$language}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$title"/></title>
        <xsl:for-each select="$author"><meta name="author" content="{.}"/></xsl:for-each>
        <xsl:for-each select="$subject"><meta name="description" content="{.}"/></xsl:for-each>
        <meta name="keywords" content="{string-join($keywords, ', ')}"/>
        <meta name="generator" content="teiconv"/>
      </head>
      <body class="{$class}">
        <xsl:sequence select="$content"/>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>

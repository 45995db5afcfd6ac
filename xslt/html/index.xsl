<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry point (initial template h:index): the collection page.

  $records: a JSON array of document records (metadata.xsl, h:record) in reading order, each
  with its page file in "page". Every document is listed with date, title, type, summary and
  classification; data-* attributes carry year, type and language, and the registered persons
  and places the document names (entry ids, space-separated), for the filters, which
  assets/edition.js runs in the browser. A large edition's index comes in pages; $filters (JSON:
  filter → value → the script listing the edition's documents with that value,
  teiconv.html.filters) gives each filter the values of the whole edition and, on a page of
  several, finds its documents on every page; without it a filter offers and finds this page's
  documents. $register-labels names the entries (JSON object:
  "person:stalin" → "Joseph Stalin"; an entry it does not name is shown by its id). Full-text search loads the sharded index in assets/search/ (named
  in the form's data-index; teiconv.html.search) on the first search.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:h="urn:teiconv:html"
    xmlns:tc="urn:teiconv:text"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/text.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="layout.xsl"/>

  <xsl:param name="records" as="xs:string" select="'[]'"/>
  <!-- A large edition's collection page comes in pages (teiconv.html.site.write_index):
       this is page $page-number of $page-count; $document-total counts the documents of all. -->
  <xsl:param name="page-number" as="xs:string" select="'1'"/>
  <xsl:param name="page-count" as="xs:string" select="'1'"/>
  <xsl:param name="document-total" as="xs:string" select="'0'"/>
  <xsl:param name="register-labels" as="xs:string" select="'{}'"/>
  <xsl:variable name="labels" select="parse-json($register-labels)" as="map(*)"/>
  <xsl:param name="filters" as="xs:string" select="'{}'"/>
  <xsl:variable name="lists" select="parse-json($filters)" as="map(*)"/>

  <xsl:template name="h:index">
    <xsl:variable name="all" select="parse-json($records)?*" as="map(*)*"/>
    <xsl:variable name="documents" select="$all[?kind = 'document']"/>
    <xsl:call-template name="h:page">
      <xsl:with-param name="page" select="'index'"/>
      <xsl:with-param name="file" select="if ($page-number = '1') then 'index.html' else 'index-' || $page-number || '.html'"/>
      <xsl:with-param name="title" select="$edition-title"/>
      <xsl:with-param name="content" as="item()*">
        <h1><xsl:value-of select="$edition-title"/></h1>
        <p class="lead"><xsl:value-of select="h:count(1 to xs:integer($document-total), 'document')"/>, in the order of their dates,
          edited by <xsl:value-of select="$edition-editors"/>. Each has a reading text and the translator's
          bracketed transcription, its archival record and a citation.</p>
        <section class="search" aria-labelledby="search-title">
          <h2 id="search-title">Search the texts</h2>
          <form class="search-form" action="index.html" method="get" role="search"
                data-index="assets/search/">
            <label for="q">Words to find</label>
            <input id="q" type="search" name="q"/>
            <button type="submit">Search</button>
          </form>
          <div id="search-results" class="search-results" aria-live="polite"></div>
        </section>
        <section class="documents" aria-labelledby="documents-title">
          <h2 id="documents-title">Documents</h2>
          <form class="filters" aria-label="Filter the documents">
            <xsl:call-template name="h:filter">
              <xsl:with-param name="name" select="'year'"/>
              <xsl:with-param name="label" select="'Year'"/>
              <xsl:with-param name="values" select="h:filter-values('year', $all?year)"/>
            </xsl:call-template>
            <xsl:call-template name="h:filter">
              <xsl:with-param name="name" select="'type'"/>
              <xsl:with-param name="label" select="'Type'"/>
              <xsl:with-param name="values" select="h:filter-values('type', $all?type-label)"/>
            </xsl:call-template>
            <xsl:call-template name="h:filter">
              <xsl:with-param name="name" select="'language'"/>
              <xsl:with-param name="label" select="'Original language'"/>
              <xsl:with-param name="values" select="h:filter-values('language', $all?original-language)"/>
            </xsl:call-template>
            <xsl:call-template name="h:register-filter">
              <xsl:with-param name="register" select="'person'"/>
              <xsl:with-param name="label" select="'Person named'"/>
              <xsl:with-param name="ids" select="h:filter-values('person', $all?persons?*)"/>
            </xsl:call-template>
            <xsl:call-template name="h:register-filter">
              <xsl:with-param name="register" select="'place'"/>
              <xsl:with-param name="label" select="'Place named'"/>
              <xsl:with-param name="ids" select="h:filter-values('place', $all?places?*)"/>
            </xsl:call-template>
            <output class="filter-count" for="filter-year filter-type filter-language filter-person filter-place"><xsl:value-of select="h:count($documents, 'document')"/></output>
          </form>
          <ol class="document-list" data-pages="{$page-count}">
            <xsl:for-each select="$all">
              <xsl:call-template name="h:entry">
                <xsl:with-param name="r" select="."/>
              </xsl:call-template>
            </xsl:for-each>
          </ol>
          <xsl:call-template name="h:pager"/>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A filter's values: the whole edition's when $filters lists them, else this page's. -->
  <xsl:function name="h:filter-values" as="xs:string*">
    <xsl:param name="filter" as="xs:string"/>
    <xsl:param name="on-this-page" as="xs:string*"/>
    <xsl:sequence select="sort(distinct-values(if (map:contains($lists, $filter)) then map:keys($lists($filter))
                                               else $on-this-page[. ne '']))"
                  xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- The script listing the edition's documents with a filter's value, if there is one. -->
  <xsl:function name="h:filter-list" as="attribute()?">
    <xsl:param name="filter" as="xs:string"/>
    <xsl:param name="value" as="xs:string"/>
    <xsl:for-each select="$lists($filter)?($value)">
      <xsl:attribute name="data-list" select="."/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="h:count" as="xs:string">
    <xsl:param name="items" as="item()*"/>
    <xsl:param name="noun" as="xs:string"/>
    <xsl:sequence select="count($items) || ' ' || $noun || (if (count($items) = 1) then '' else 's')"/>
  </xsl:function>

  <!-- Links to the other pages of the collection, when there are several. -->
  <xsl:template name="h:pager">
    <xsl:variable name="count" select="xs:integer($page-count)"/>
    <xsl:if test="$count gt 1">
      <nav class="pager" aria-label="Pages of the collection">
        <ul>
          <xsl:for-each select="1 to $count">
            <li>
              <a href="{if (. = 1) then 'index.html' else 'index-' || . || '.html'}">
                <xsl:if test="string(.) = $page-number"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
                <xsl:value-of select="."/>
              </a>
            </li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template name="h:filter">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <div class="filter">
      <label for="filter-{$name}"><xsl:value-of select="$label"/></label>
      <select id="filter-{$name}" name="{$name}" data-filter="{$name}">
        <option value="">All</option>
        <xsl:for-each select="$values">
          <option value="{.}"><xsl:sequence select="h:filter-list($name, .)"/><xsl:value-of select="."/></option>
        </xsl:for-each>
      </select>
    </div>
  </xsl:template>

  <!-- A filter by the entries of a register the page's documents name, in the order of their
       names; a document matches when it names the entry chosen (data-filter-match="token"). -->
  <xsl:template name="h:register-filter">
    <xsl:param name="register" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="ids" as="xs:string*"/>
    <xsl:if test="exists($ids)">
      <div class="filter">
        <label for="filter-{$register}"><xsl:value-of select="$label"/></label>
        <select id="filter-{$register}" name="{$register}" data-filter="{$register}" data-filter-match="token">
          <option value="">All</option>
          <xsl:for-each select="distinct-values($ids)">
            <xsl:sort select="h:register-label($register, .)" lang="en"/>
            <option value="{.}"><xsl:sequence select="h:filter-list($register, .)"/><xsl:value-of select="h:register-label($register, .)"/></option>
          </xsl:for-each>
        </select>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:function name="h:register-label" as="xs:string">
    <xsl:param name="register" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="string(($labels($register || ':' || $id), $id)[1])"/>
  </xsl:function>

  <xsl:template name="h:entry">
    <xsl:param name="r" as="map(*)"/>
    <li class="document-entry kind-{$r?kind}" data-year="{$r?year}" data-type="{$r?type-label}"
        data-language="{$r?original-language}" id="doc-{$r?id}">
      <xsl:if test="exists($r?persons?*)"><xsl:attribute name="data-person" select="$r?persons?*"/></xsl:if>
      <xsl:if test="exists($r?places?*)"><xsl:attribute name="data-place" select="$r?places?*"/></xsl:if>
      <p class="entry-meta">
        <xsl:if test="$r?date-text">
          <time datetime="{tc:html-datetime($r?when)}"><xsl:value-of select="$r?date-text"/></time>
          <xsl:text> · </xsl:text>
        </xsl:if>
        <span class="entry-type"><xsl:value-of select="$r?type-label"/></span>
        <xsl:if test="$r?classification?*">
          <xsl:text> · </xsl:text>
          <span class="entry-classification"><xsl:value-of select="string-join($r?classification?*, '; ')"/></span>
        </xsl:if>
      </p>
      <h3 class="entry-title"><a href="{$r?page}"><xsl:value-of select="$r?title"/></a></h3>
      <xsl:if test="$r?summary">
        <p class="entry-summary"><xsl:value-of select="$r?summary"/></p>
      </xsl:if>
    </li>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry point (initial template h:register): the index page of one register — persons, places
  or organisations.

  $register: the register's TEI (registers/persons.xml, places.xml or organisations.xml);
  $kind: 'person', 'place' or 'org'; $file: the page's file name;
  $mentions: a JSON object from an entry's xml:id to the documents that mention it, each
  {"page", "title", "when", "count"}, in reading order.
  Each entry: its usual name, its other forms (variants, historical forms, pseudonyms,
  renamings, with their dates), dates of life, roles, kind of place, authority links, and the
  documents with how often they name it.  Entries no document mentions are listed too (the
  register is the editor's), after a note that they are not yet met.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:h="urn:teiconv:html"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:include href="layout.xsl"/>

  <xsl:param name="register" as="document-node()"/>
  <xsl:param name="kind" as="xs:string"/>
  <xsl:param name="file" as="xs:string"/>
  <xsl:param name="mentions" as="xs:string" select="'{}'"/>

  <xsl:variable name="h:titles" as="map(xs:string, xs:string)"
                select="map { 'person': 'Persons', 'place': 'Places', 'org': 'Organisations' }"/>
  <!-- Where an authority number leads. -->
  <xsl:variable name="h:authorities" as="map(xs:string, xs:string)" select="map {
      'wikidata': 'https://www.wikidata.org/wiki/', 'GND': 'https://d-nb.info/gnd/',
      'VIAF': 'https://viaf.org/viaf/', 'GeoNames': 'https://www.geonames.org/' }"/>

  <xsl:template name="h:register">
    <xsl:variable name="uses" select="parse-json($mentions)" as="map(*)"/>
    <xsl:variable name="entries" select="$register//(person | place | org)[@xml:id]"/>
    <xsl:call-template name="h:page">
      <xsl:with-param name="page" select="'register-' || $kind"/>
      <xsl:with-param name="file" select="$file"/>
      <xsl:with-param name="title" select="$h:titles($kind) || ' — ' || $edition-title"/>
      <xsl:with-param name="content" as="item()*">
        <h1><xsl:value-of select="$h:titles($kind)"/></h1>
        <p class="lead"><xsl:value-of select="count($entries[map:contains($uses, @xml:id)])"/> of
          <xsl:value-of select="count($entries)"/> entries of the register are named in the
          documents; each lists the forms the documents use and where they use them.</p>
        <ol class="register register-{$kind}">
          <xsl:apply-templates select="$entries[map:contains($uses, @xml:id)]" mode="h:entry">
            <xsl:sort select="lower-case(h:sort-key(.))"/>
            <xsl:with-param name="documents" select="$uses" tunnel="yes"/>
          </xsl:apply-templates>
        </ol>
        <xsl:if test="$entries[not(map:contains($uses, @xml:id))]">
          <h2>Not yet named in the documents</h2>
          <ol class="register register-{$kind} register-unused">
            <xsl:apply-templates select="$entries[not(map:contains($uses, @xml:id))]" mode="h:entry">
              <xsl:sort select="lower-case(h:sort-key(.))"/>
              <xsl:with-param name="documents" select="$uses" tunnel="yes"/>
            </xsl:apply-templates>
          </ol>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A person is sorted by the last word of the usual name, others by the name. -->
  <xsl:function name="h:sort-key" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="name" select="normalize-space($entry/*[ends-with(local-name(), 'Name')][1])"/>
    <xsl:sequence select="if ($entry/self::person) then tokenize($name)[last()] || ' ' || $name else $name"/>
  </xsl:function>

  <xsl:template match="person | place | org" mode="h:entry">
    <xsl:param name="documents" as="map(*)" tunnel="yes"/>
    <xsl:variable name="names" select="*[ends-with(local-name(), 'Name')]"/>
    <li id="{@xml:id}" class="register-entry">
      <h2 class="entry-name"><xsl:value-of select="normalize-space($names[1])"/>
        <xsl:apply-templates select="birth[1]" mode="h:life"/></h2>
      <xsl:if test="count($names) gt 1">
        <p class="entry-forms">Also: <xsl:for-each select="$names[position() gt 1]">
            <xsl:if test="position() gt 1">; </xsl:if>
            <span class="form form-{(@type, 'variant')[1]}"><xsl:value-of select="normalize-space(.)"/></span>
            <xsl:apply-templates select="." mode="h:form-note"/>
          </xsl:for-each></p>
      </xsl:if>
      <xsl:for-each select="occupation | desc">
        <p class="entry-role"><xsl:value-of select="normalize-space(.)"/></p>
      </xsl:for-each>
      <xsl:if test="@type">
        <p class="entry-kind">Kind of place: <xsl:value-of select="@type"/></p>
      </xsl:if>
      <xsl:if test="idno[map:contains($h:authorities, @type)]">
        <p class="entry-authorities">
          <xsl:for-each select="idno[map:contains($h:authorities, @type)]">
            <xsl:if test="position() gt 1">, </xsl:if>
            <a href="{$h:authorities(@type) || normalize-space(.)}"><xsl:value-of select="@type || ' ' || normalize-space(.)"/></a>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:variable name="uses" select="if (map:contains($documents, @xml:id)) then $documents(@xml:id)?* else ()"/>
      <xsl:if test="exists($uses)">
        <ul class="entry-documents">
          <xsl:for-each select="$uses">
            <li><a href="{?page}"><xsl:value-of select="?title"/></a>
              <xsl:text> </xsl:text><span class="entry-count">(<xsl:value-of select="?count"/>)</span></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- Dates of life: (1878–1953). -->
  <xsl:template match="birth" mode="h:life">
    <span class="entry-life"> (<xsl:value-of select="substring(@when, 1, 4)"/>–<xsl:value-of
        select="substring(../death[1]/@when, 1, 4)"/>)</span>
  </xsl:template>

  <!-- What a form is, when it is not a plain variant: pseudonym, historical form and its dates. -->
  <xsl:template match="*" mode="h:form-note">
    <xsl:variable name="dates" select="string-join((@from, @notBefore) ! ('from ' || .), '') ||
        string-join((@to, @notAfter) ! (' until ' || .), '')"/>
    <xsl:variable name="note" select="normalize-space(string-join(((@type[. ne 'variant']), $dates), ' '))"/>
    <xsl:if test="$note">
      <span class="form-note"> (<xsl:value-of select="$note"/>)</span>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index of names at the end of the edition (included by print.xsl): every registered person,
  place and organisation the documents name (@ref="person:stalin", "place:iran", "org:nkvd"),
  with every page that names it.  Each mention carries an anchor and the entry links to every
  one; the pages come from CSS target-counter() on those links.  A page that names an entry
  twice would then be listed twice, which CSS cannot tell, so the typesetter lays the index out
  again with each page once (teiconv.pdf.index).  The entry's name is the register's usual form
  ($register-labels, "person:stalin" → "Joseph Stalin", teiconv.pdf), else the form the
  documents use most (a pseudonym like Filippov is then still filed under itself).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:print="urn:teiconv:print"
    xmlns:tc="urn:teiconv:text"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <xsl:param name="register-labels" as="xs:string" select="'{}'"/>

  <!-- The registers, by the prefix of their references, with the index's heading for each. -->
  <xsl:variable name="print:registers" as="map(xs:string, xs:string)"
                select="map { 'person': 'Persons', 'place': 'Places', 'org': 'Organisations' }"/>

  <xsl:key name="print:mentions" use="@ref"
           match="(tei:persName | tei:placeName | tei:orgName)[@ref][ancestor::tei:text]"/>

  <!-- Is $ref a reference to a register entry (person:x, place:x, org:x)? -->
  <xsl:function name="print:registered" as="xs:boolean">
    <xsl:param name="ref" as="xs:string"/>
    <xsl:sequence select="map:contains($print:registers, substring-before($ref, ':'))
                          and substring-after($ref, ':') ne ''"
                  xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- The anchor of a mention of an entry: "name-{document}-person-stalin-{n}" for the
       document's n-th mention of person:stalin. -->
  <xsl:function name="print:name-anchor" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:variable name="document" select="root($mention)/*"/>
    <xsl:variable name="mentions" select="key('print:mentions', $mention/@ref, $document)"/>
    <xsl:sequence select="string-join(('name', print:id($document), translate($mention/@ref, ':', '-'),
                          string(index-of($mentions ! generate-id(), generate-id($mention)))), '-')"/>
  </xsl:function>

  <!-- Every mention of an entry carries an anchor the index points to. -->
  <xsl:template mode="diplomatic" priority="2"
      match="(tei:persName | tei:placeName | tei:orgName)[@ref][ancestor::tei:text][print:registered(@ref)]">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:attribute name="id" select="print:name-anchor(.)"/>
        <xsl:apply-templates mode="#current"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="print:index-of-names">
    <xsl:param name="documents" as="element()*"/>
    <xsl:variable name="mentions" select="$documents//(tei:persName | tei:placeName | tei:orgName)
                                          [@ref][not(ancestor::tei:teiHeader)][print:registered(@ref)]"/>
    <xsl:if test="exists($mentions)">
      <section class="names-index">
        <h1 id="names-index">Index of names</h1>
        <xsl:for-each-group select="$mentions" group-by="substring-before(@ref, ':')">
          <xsl:sort select="index-of(('person', 'place', 'org'), current-grouping-key())"/>
          <h2><xsl:value-of select="$print:registers(current-grouping-key())"/></h2>
          <ul>
            <xsl:for-each-group select="current-group()" group-by="@ref">
              <xsl:sort select="print:entry-label(current-grouping-key(), current-group())" lang="en"/>
              <xsl:variable name="ref" select="current-grouping-key()"/>
              <li>
                <span class="index-name"><xsl:value-of select="print:entry-label($ref, current-group())"/></span>
                <xsl:text> </xsl:text>
                <xsl:for-each select="$documents ! key('print:mentions', $ref, .)">
                  <a class="index-page" href="#{print:name-anchor(.)}"/>
                </xsl:for-each>
              </li>
            </xsl:for-each-group>
          </ul>
        </xsl:for-each-group>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:function name="print:entry-label" as="xs:string">
    <xsl:param name="ref" as="xs:string"/>
    <xsl:param name="mentions" as="element()+"/>
    <xsl:variable name="labels" select="parse-json($register-labels)"/>
    <xsl:variable name="forms" as="xs:string+" select="$mentions ! normalize-space()"/>
    <xsl:sequence select="string(($labels($ref),
        sort(distinct-values($forms), (), function ($form) { -count($forms[. = $form]) })[1])[1])"/>
  </xsl:function>

</xsl:stylesheet>

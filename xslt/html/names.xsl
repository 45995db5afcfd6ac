<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names on a document page (included by document.xsl): a name the registers hold links to its
  entry on the register's index page (person:stalin → persons.html#stalin); a name only proposed
  (#cand-…, a candidate in the document's standOff) is marked but not linked, since it has no
  entry yet.  Both views, one rule each; the name's own rendering is the shared renderer's.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:h="urn:teiconv:html"
    xmlns:tc="urn:teiconv:text"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The register pages, by the prefix of a register reference. -->
  <xsl:variable name="h:register-pages" static="yes" as="map(xs:string, xs:string)"
                select="map { 'person': 'persons.html', 'place': 'places.html', 'org': 'organisations.html' }"/>

  <!-- The address of a register reference's entry ('' for anything else). -->
  <xsl:function name="h:entry-url" as="xs:string">
    <xsl:param name="ref" as="xs:string"/>
    <xsl:variable name="page" select="$h:register-pages(substring-before($ref, ':'))"/>
    <xsl:sequence select="if (exists($page)) then $page || '#' || substring-after($ref, ':') else ''"/>
  </xsl:function>

  <xsl:template match="(persName | placeName | orgName)[map:contains($h:register-pages, substring-before(@ref, ':'))]" mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'a'"/>
      <xsl:with-param name="extra" select="'name', 'name-registered'"/>
      <xsl:with-param name="attributes" as="attribute()*">
        <xsl:attribute name="href" select="h:entry-url(@ref)"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="(persName | placeName | orgName)[starts-with(@ref, '#cand-')]" mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="extra" select="'name', 'name-candidate'"/>
      <xsl:with-param name="attributes" as="attribute()*">
        <xsl:attribute name="title" select="'A name proposed for the registers, not yet reviewed'"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>

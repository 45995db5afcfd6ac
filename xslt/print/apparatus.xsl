<?xml version="1.0" encoding="UTF-8"?>
<!--
  The editorial apparatus in print form: what paper does differently from the shared
  diplomatic rendering (xslt/common/, mode "diplomatic").

  - Numbered notes (editorial and translator's) become footnotes: the note-anchor hook emits the
    note's text in an element that print.css floats to the foot of the page (float: footnote);
    CSS numbers the calls, restarting with each document, in the order tc:note-number counts.
  - Handwritten annotations are set in a box labelled with their hand and the editor's
    description instead of "[description: "words"]"; print.css decides inline or block from the
    classes tc:element gives (place-top, the annotation segment of an opener…).
  - Stamps are framed, labelled "Stamp" when the encoding gives no label of its own.
  - Quotation marks are typographic: they are the typesetter's, not an editorial signal.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tc="urn:teiconv:text"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:note" mode="note-anchor">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="extra" select="'footnote'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:if test="@type = 'translator'"><span class="note-kind">Translator’s note: </span></xsl:if>
        <xsl:apply-templates mode="diplomatic"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- An annotation's description is printed in its box, not where the note stands. -->
  <xsl:template match="tei:note[tc:is-label(.)][not(parent::tei:stamp)]" mode="diplomatic"/>

  <xsl:template match="tei:add[@hand or exists(tc:add-label(.))]" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="extra" select="'annotation'"/>
      <xsl:with-param name="content" as="item()*">
        <span class="annotation-label">
          <span class="annotation-hand">
            <xsl:value-of select="if (@hand) then 'Hand: ' || tc:hand-label(.) else 'Annotation'"/>
          </span>
          <xsl:for-each select="tc:add-label(.)">
            <xsl:text> </xsl:text>
            <span class="annotation-caption"><xsl:apply-templates mode="diplomatic"/></span>
          </xsl:for-each>
        </span>
        <xsl:text> </xsl:text>
        <span class="annotation-text"><xsl:apply-templates mode="diplomatic"/></span>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:stamp" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:if test="empty(tei:note)"><span class="stamp-label">Stamp:</span><xsl:text> </xsl:text></xsl:if>
        <xsl:apply-templates mode="diplomatic"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:q" mode="diplomatic">
    <xsl:call-template name="tc:quoted">
      <xsl:with-param name="marks" select="'“', '”'"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>

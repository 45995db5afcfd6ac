<?xml version="1.0" encoding="UTF-8"?>
<!--
  The editorial apparatus in print form: what paper does differently from the shared
  diplomatic rendering (xslt/common/, mode "diplomatic").

  - Numbered notes (editorial and translator's) become footnotes: the note-anchor hook emits the
    note's text in an element that print.css floats to the foot of the page (float: footnote);
    CSS numbers the calls, restarting with each document, in the order tc:note-number counts.
  - Handwritten annotations are set in a box labelled with their hand and the editor's
    description (tc:label-of) instead of [description: "words"]; print.css decides inline or
    block from the classes tc:element gives (place-top, the annotation segment of an opener…).
  - Stamps are framed, with their label inside the frame.
  - Quotation marks are typographic: they are the typesetter's, not an editorial signal.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tc="urn:teiconv:text"
    xmlns:print="urn:teiconv:print"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
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

  <!-- A footnote call is never alone on a line: the words before it end without the space of
       the bracket's "word [note]" and join the call with a WORD JOINER (U+2060, no break). -->
  <xsl:template match="text()[following-sibling::node()[1][self::tei:note[print:is-footnote(.)]]]" mode="diplomatic">
    <xsl:value-of select="replace(., '\s+$', '') || '&#x2060;'"/>
  </xsl:template>

  <!-- A footnote's text flows as one paragraph: WeasyPrint does not collapse white space in a
       footnote (a line end or a run of spaces makes a line break there), so a note hard-wrapped
       and indented in its TEI file would print as ragged lines; each run becomes one space. -->
  <xsl:template match="text()[ancestor::tei:note[print:is-footnote(.)]]" mode="diplomatic" priority="0">
    <xsl:value-of select="replace(., '\s+', ' ')"/>
  </xsl:template>

  <xsl:function name="print:is-footnote" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="tc:is-numbered-note($note) and empty($note/ancestor::tei:note)"/>
  </xsl:function>

  <!-- A note inside a note cannot be a footnote of a footnote: it stays in its brackets. -->
  <xsl:template match="tei:note[ancestor::tei:note]" mode="note-anchor">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:call-template name="tc:bracketed">
          <xsl:with-param name="content" as="item()*">
            <xsl:apply-templates mode="diplomatic"/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The source's notes section only points at its footnotes, which paper prints at their
       markers: printed there, not twice. -->
  <xsl:template match="tei:back/tei:div[@type = 'notes'][every $p in .//tei:ptr satisfies $p/@type = 'footnote']
                       [not(normalize-space())]" mode="diplomatic"/>

  <!-- A note in a bibliographic entry (a collection's summary of a document) belongs to the
       entry: printed in it, not at the foot of the page. -->
  <xsl:template match="tei:bibl/tei:note" mode="diplomatic">
    <xsl:call-template name="tc:element"/>
  </xsl:template>

  <!-- An annotation's or a stamp's description (tc:label-of) is printed in its box or frame,
       not where it stands; a deletion's opens its bracket, as in the shared rendering. -->
  <xsl:template match="(tei:label | tei:note)[tc:is-label(.)][not(parent::tei:stamp)]
                       [not(following-sibling::*[1][self::tei:del])]" mode="diplomatic"/>

  <xsl:template match="tei:add[@hand or exists(tc:label-of(.))]" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="extra" select="'annotation'"/>
      <xsl:with-param name="content" as="item()*">
        <span class="annotation-label">
          <span class="annotation-hand">
            <xsl:value-of select="print:hand-label(.)"/>
          </span>
          <xsl:for-each select="tc:label-of(.)">
            <xsl:text> </xsl:text>
            <span class="annotation-caption"><xsl:apply-templates mode="diplomatic"/></span>
          </xsl:for-each>
        </span>
        <xsl:text> </xsl:text>
        <span class="annotation-text"><xsl:apply-templates mode="diplomatic"/></span>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- "Hand: Molotov", or the hand as the header describes it (tc:hand-name): never an id. -->
  <xsl:function name="print:hand-label" as="xs:string">
    <xsl:param name="add" as="element(tei:add)"/>
    <xsl:sequence select="(tc:hand-label($add) ! ('Hand: ' || .), 'Annotation')[1]"/>
  </xsl:function>

  <!-- The stamp's label: its description outside, or the note inside it, or just "Stamp:". -->
  <xsl:template match="tei:stamp" mode="diplomatic">
    <xsl:variable name="label" select="tc:label-of(.)"/>
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:if test="empty(tei:note)">
          <span class="stamp-label">
            <xsl:apply-templates select="$label/node()" mode="diplomatic"/>
            <xsl:if test="empty($label)">Stamp:</xsl:if>
          </span>
          <xsl:text> </xsl:text>
        </xsl:if>
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

<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes (included by text.xsl).

  A note is one of three things:
  - a label: the editor's description of an addition or stamp (see tc:is-label in
    editorial.xsl). It is rendered as part of that addition or stamp;
  - a "signed" mark after a signature (@subtype="signed") or a note in a bibliographic entry:
    rendered in place;
  - otherwise a numbered note (tc:is-numbered-note): in the reading view an anchor in the text
    (mode note-anchor) and a body where the importer lists tc:numbered-notes(/) (mode note-body);
    in the diplomatic view inline as [text], or numbered like in the reading view when
    $tc:diplomatic-notes = 'numbered'.
  Importers override note-anchor and note-body to make footnotes; numbering and ids come from
  tc:note-number, tc:note-id and tc:note-ref-id so anchors and bodies always agree.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tc="urn:teiconv:text"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:function name="tc:is-numbered-note" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="not($note/ancestor::teiHeader) and not($note/@subtype = 'signed')
                          and not($note/parent::bibl) and not(tc:is-label($note))"/>
  </xsl:function>

  <!-- The numbered notes under $root, in document order. -->
  <xsl:function name="tc:numbered-notes" as="element(note)*">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="$root/descendant-or-self::note[tc:is-numbered-note(.)]"/>
  </xsl:function>

  <!-- The numbered notes before it (its ancestors among them) plus one. The document's numbered
       notes come from a key, found once per document: counting with the preceding axis read every
       earlier node and tested every earlier note again, for each number asked (an anchor and a
       body ask for it several times). -->
  <xsl:function name="tc:note-number" as="xs:integer">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="count(key('tc:numbered-note', true(), root($note))[. &lt;&lt; $note]) + 1"/>
  </xsl:function>

  <xsl:function name="tc:note-id" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="'note-' || tc:note-number($note)"/>
  </xsl:function>

  <xsl:function name="tc:note-ref-id" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="'note-ref-' || tc:note-number($note)"/>
  </xsl:function>

  <!-- In place -->

  <xsl:template match="note" mode="reading">
    <xsl:apply-templates select="." mode="note-anchor"/>
  </xsl:template>

  <xsl:template match="note" mode="diplomatic">
    <xsl:choose>
      <xsl:when test="$tc:diplomatic-notes = 'numbered'">
        <xsl:apply-templates select="." mode="note-anchor"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tc:element">
          <xsl:with-param name="content" as="item()*">
            <xsl:call-template name="tc:bracketed"/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="note[@subtype = 'signed']" mode="reading">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:text>(</xsl:text>
        <xsl:apply-templates mode="#current"/>
        <xsl:text>)</xsl:text>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="note[@subtype = 'signed']" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:call-template name="tc:bracketed"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A note in a bibliographic entry (e.g. a collection's summary of a document) is part of
       the entry. -->
  <xsl:template match="bibl/note" mode="reading diplomatic">
    <xsl:call-template name="tc:element"/>
  </xsl:template>

  <!-- Footnotes and endnotes of the source (note place="foot" or "end", numbered by the source in @n): in the
       bracketed transcription a callout at the marker, the text where the source's notes section
       has its pointer (ptr type="footnote"); the reading view numbers them with its other notes. -->
  <xsl:template match="note[@place = ('foot', 'end')][@xml:id][tc:is-numbered-note(.)]" mode="diplomatic" priority="1">
    <xsl:choose>
      <xsl:when test="$tc:diplomatic-notes = 'numbered' or empty(tc:footnote-pointer(.))">
        <xsl:next-match/>
      </xsl:when>
      <xsl:otherwise>
        <a class="footnote-callout" href="#src-fn-{@xml:id}" role="doc-noteref">
          <sup><xsl:value-of select="(@n, tc:note-number(.))[1]"/></sup>
        </a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The pointer of the source's notes section to a footnote: the footnote's number (linking
       back to its numbered anchor in the reading view) and its text. The section is rendered
       once per page, so its entries carry the ids the transcription's callouts point at. -->
  <xsl:template match="ptr[@type = 'footnote'][exists(tc:pointed-note(.))]" mode="reading diplomatic" priority="1">
    <xsl:variable name="note" select="tc:pointed-note(.)"/>
    <span class="tei-ptr type-footnote" id="src-fn-{$note/@xml:id}">
      <a class="footnote-number" href="#{tc:note-ref-id($note)}">
        <xsl:value-of select="(@n, $note/@n, tc:note-number($note))[1]"/>
      </a>
      <xsl:text> </xsl:text>
      <xsl:apply-templates select="$note/node()" mode="diplomatic"/>
    </span>
  </xsl:template>

  <xsl:function name="tc:pointed-note" as="element(note)?">
    <xsl:param name="ptr" as="element(ptr)"/>
    <xsl:sequence select="key('tc:by-id', substring-after($ptr/@target, '#'), root($ptr))[self::note][1]"/>
  </xsl:function>

  <xsl:function name="tc:footnote-pointer" as="element(ptr)?">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="key('tc:footnote-pointer', '#' || $note/@xml:id, root($note))[1]"/>
  </xsl:function>

  <!-- Hooks -->

  <xsl:template match="note" mode="note-anchor">
    <a class="note-anchor" id="{tc:note-ref-id(.)}" href="#{tc:note-id(.)}" role="doc-noteref">
      <sup><xsl:value-of select="tc:note-number(.)"/></sup>
    </a>
  </xsl:template>

  <!-- $view: the mode the note's own text is rendered in ('reading' or 'diplomatic'). -->
  <xsl:template match="note" mode="note-body">
    <xsl:param name="view" as="xs:string" select="'reading'"/>
    <li id="{tc:note-id(.)}" class="{tc:classes(.)}" value="{tc:note-number(.)}">
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:choose>
        <xsl:when test="$view = 'diplomatic'"><xsl:apply-templates mode="diplomatic"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="reading"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <a class="note-back" href="#{tc:note-ref-id(.)}" aria-label="Back to the text of note {tc:note-number(.)}">↩</a>
    </li>
  </xsl:template>

</xsl:stylesheet>

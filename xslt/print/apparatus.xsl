<?xml version="1.0" encoding="UTF-8"?>
<!--
  The editorial apparatus in print form: what print does differently from the screen.

  The shared text rendering writes every intervention in its diplomatic, bracketed form.  On paper
  three of them deserve their own shape: editorial and translator's notes go to the foot of the
  page (CSS float: footnote), handwritten annotations are set apart in a box labelled with their
  hand, and stamps are set as stamps.  The editor's description of an annotation
  (note type="editorial" target="#add-id") becomes the caption of that box instead of a footnote.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:print="urn:teiconv:print"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <xsl:key name="note-about" match="tei:note[@target]" use="tokenize(@target) ! substring-after(., '#')"/>
  <xsl:key name="hand" match="tei:handNote[@xml:id]" use="@xml:id"/>

  <!-- A note that captions an annotation box is rendered there, not where it stands. -->
  <xsl:function name="print:is-caption" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="exists($note/@target) and
                          (every $t in tokenize($note/@target)
                           satisfies exists(root($note)//tei:add[@xml:id = substring-after($t, '#')]))"/>
  </xsl:function>

  <xsl:template mode="text" match="tei:note">
    <span class="footnote {@type}">
      <xsl:if test="@type = 'translator'"><span class="note-kind">Translator’s note: </span></xsl:if>
      <xsl:apply-templates mode="text"/>
    </span>
  </xsl:template>

  <xsl:template mode="text" match="tei:note[print:is-caption(.)]"/>

  <xsl:template mode="text" match="tei:stamp/tei:note[1][not(preceding-sibling::node()[normalize-space()])]"/>

  <xsl:template mode="text" match="tei:stamp">
    <span class="stamp">
      <span class="stamp-label">
        <xsl:value-of select="(tei:note[1][not(preceding-sibling::node()[normalize-space()])]
                               ! normalize-space(), 'Stamp:')[1]"/>
      </span>
      <xsl:text> </xsl:text>
      <span class="stamp-text"><xsl:apply-templates mode="text"/></span>
    </span>
  </xsl:template>

  <xsl:template mode="text" match="tei:add">
    <span class="annotation {if (print:is-block-annotation(.)) then 'block' else 'inline'}">
      <span class="annotation-label">
        <xsl:call-template name="print:hand-label"/>
        <xsl:for-each select="key('note-about', @xml:id)">
          <xsl:text> </xsl:text>
          <span class="annotation-caption"><xsl:apply-templates mode="text"/></span>
        </xsl:for-each>
      </span>
      <xsl:text> </xsl:text>
      <span class="annotation-text"><xsl:apply-templates mode="text"/></span>
    </span>
  </xsl:template>

  <!-- An annotation that stands in a line of its own (an opener segment, or written above,
       below or beside the text) gets a box of its own; one inside a sentence stays inline. -->
  <xsl:function name="print:is-block-annotation" as="xs:boolean">
    <xsl:param name="add" as="element(tei:add)"/>
    <xsl:sequence select="exists($add/parent::tei:seg[@type = 'annotation'])
                          or $add/@place = ('top', 'bottom', 'margin', 'left', 'right', 'opposite',
                                            'overleaf', 'end', 'margin-left', 'margin-right')"/>
  </xsl:function>

  <!-- "Hand 1 (Molotov)": the hand's number and, when the header knows it, its writer. -->
  <xsl:template name="print:hand-label">
    <xsl:variable name="hand" select="key('hand', substring-after(@hand, '#'))"/>
    <span class="hand">
      <xsl:choose>
        <xsl:when test="$hand">
          <xsl:text>Hand </xsl:text>
          <xsl:value-of select="count($hand/preceding-sibling::tei:handNote) + 1"/>
          <xsl:if test="$hand/@scribe"> (<xsl:value-of select="$hand/@scribe"/>)</xsl:if>
        </xsl:when>
        <xsl:otherwise>Annotation</xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  Interim TEI → HTML text rendering, diplomatic conventions, for the print driver only.

  Why it exists: the shared renderer (xslt/common/) is being written in parallel; until it lands
  the print edition needs a body text.  It renders in mode "text" one template per element
  behaviour, and it is to be deleted as soon as print.xsl imports xslt/common/ instead.
  Unknown elements keep their text (the built-in rule of a text-only-copy mode).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <xsl:mode name="text" on-no-match="text-only-copy"/>

  <!-- Blocks: the element name becomes the HTML class, so CSS lays out TEI, not guesses. -->
  <xsl:template mode="text" match="tei:div | tei:opener | tei:closer | tei:floatingText
                                   | tei:floatingText/tei:body">
    <div class="{local-name()} {@type} {@subtype}">
      <xsl:apply-templates mode="text"/>
    </div>
  </xsl:template>

  <xsl:template mode="text" match="tei:head">
    <h2 class="head"><xsl:apply-templates mode="text"/></h2>
  </xsl:template>

  <xsl:template mode="text" match="tei:p | tei:ab">
    <p class="{local-name()}"><xsl:apply-templates mode="text"/></p>
  </xsl:template>

  <xsl:template mode="text" match="tei:opener/* | tei:closer/* | tei:dateline | tei:salute
                                   | tei:signed | tei:byline">
    <span class="{local-name()} {@type}"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <xsl:template mode="text" match="tei:list">
    <ol class="list {@type}"><xsl:apply-templates mode="text" select="tei:item | tei:head"/></ol>
  </xsl:template>

  <xsl:template mode="text" match="tei:list/tei:item">
    <li><xsl:if test="@n"><span class="item-n"><xsl:value-of select="@n"/>. </span></xsl:if>
      <xsl:apply-templates mode="text"/></li>
  </xsl:template>

  <xsl:template mode="text" match="tei:list[@type = 'gloss']">
    <dl class="gloss"><xsl:apply-templates mode="text" select="tei:label | tei:item"/></dl>
  </xsl:template>
  <xsl:template mode="text" match="tei:list[@type = 'gloss']/tei:label">
    <dt><xsl:apply-templates mode="text"/></dt>
  </xsl:template>
  <xsl:template mode="text" match="tei:list[@type = 'gloss']/tei:item" priority="1">
    <dd><xsl:apply-templates mode="text"/></dd>
  </xsl:template>

  <xsl:template mode="text" match="tei:lb">
    <br/>
  </xsl:template>

  <!-- Phrases that keep their words and only gain a class. -->
  <xsl:template mode="text" match="tei:date | tei:placeName | tei:persName | tei:orgName
                                   | tei:idno | tei:name | tei:hi | tei:emph | tei:title | tei:seg">
    <span class="{local-name()} {@type}"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <xsl:template mode="text" match="tei:q | tei:quote">
    <q><xsl:apply-templates mode="text"/></q>
  </xsl:template>

  <xsl:template mode="text" match="tei:ref[@target] | tei:ptr[@target]">
    <a href="{@target}"><xsl:apply-templates mode="text"/>
      <xsl:if test="self::tei:ptr"><xsl:value-of select="@target"/></xsl:if></a>
  </xsl:template>

  <!-- The diplomatic conventions: how the transcription writes each editorial intervention. -->
  <xsl:template mode="text" match="tei:supplied">
    <span class="supplied">[<xsl:apply-templates mode="text"/>]</span>
  </xsl:template>

  <xsl:template mode="text" match="tei:sic">
    <span class="sic"><xsl:apply-templates mode="text"/></span>
    <xsl:text> </xsl:text>
    <span class="editorial">[<i>sic</i>]</span>
  </xsl:template>

  <xsl:template mode="text" match="tei:choice[tei:abbr and tei:expan]">
    <abbr class="abbr"><xsl:apply-templates mode="text" select="tei:abbr"/></abbr>
    <xsl:text> </xsl:text>
    <span class="expan">[<xsl:apply-templates mode="text" select="tei:expan"/>]</span>
  </xsl:template>

  <xsl:template mode="text" match="tei:foreign | tei:gloss">
    <span class="{local-name()}">[<xsl:apply-templates mode="text"/>]</span>
  </xsl:template>

  <xsl:template mode="text" match="tei:gap[tei:desc]">
    <span class="gap {@reason}">[<xsl:apply-templates mode="text" select="tei:desc/node()"/>]</span>
  </xsl:template>

  <xsl:template mode="text" match="tei:gap[@reason = 'unrendered'][not(tei:desc)]">
    <span class="gap unrendered">
      <xsl:value-of select="string-join((1 to (if (@quantity castable as xs:integer) then xs:integer(@quantity) else 1)) ! '□')"/>
    </span>
  </xsl:template>

  <xsl:template mode="text" match="tei:gap[not(tei:desc)]" priority="-1">
    <span class="gap {@reason}">????</span>
  </xsl:template>

  <xsl:template mode="text" match="tei:g[@ref = '#form-box']">
    <span class="form-box">[ ]</span>
  </xsl:template>

  <xsl:template mode="text" match="tei:space">
    <span class="space">[<xsl:apply-templates mode="text" select="tei:desc/node()"/>]</span>
  </xsl:template>

  <xsl:template mode="text" match="tei:note">
    <span class="note {@type}">[<xsl:apply-templates mode="text"/>]</span>
  </xsl:template>

  <xsl:template mode="text" match="tei:add">
    <span class="add">[<xsl:apply-templates mode="text"/>]</span>
  </xsl:template>

  <xsl:template mode="text" match="tei:stamp">
    <span class="stamp">[<xsl:apply-templates mode="text"/>]</span>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  Elements that render the same in the reading and the diplomatic view (included by text.xsl):
  divisions and headings, paragraphs, opener/closer lines, lists (ordered, gloss, bibliographies),
  tables, verse, figures, embedded texts, line and page breaks, phrases (names, dates, links),
  and the fallback for any element without a rule of its own.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tc="urn:teiconv:text"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Fallback: keep the content, name the element in the class. -->
  <xsl:template match="*" mode="reading diplomatic" priority="-1">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="if (tc:in-flow(.)) then 'div' else 'span'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="teiHeader" mode="reading diplomatic"/>

  <!-- Divisions -->

  <xsl:template match="text | front | body | back | group | floatingText | lg | sp | opener | closer
                       | titlePage | argument | epigraph | postscript | address | figDesc | trailer"
                mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'div'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="div | div1 | div2 | div3 | div4 | div5 | div6 | div7" mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="if (head) then 'section' else 'div'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="head" mode="reading diplomatic" priority="-0.5">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'div'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="(div | div1 | div2 | div3 | div4 | div5 | div6 | div7)/head" mode="reading diplomatic">
    <!-- Only divisions with a heading of their own add a level, so levels are never skipped. -->
    <xsl:variable name="depth" select="count(ancestor::*[matches(local-name(), '^div[1-7]?$')][head])"/>
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'h' || min((6, $tc:heading-level + $depth - 1))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Paragraphs and lines -->

  <xsl:template match="p | ab" mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'p'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Each part of a letter's or cable's opening and closing stands on its own line. -->
  <xsl:template match="opener/seg | closer/seg | salute | signed | dateline | addrLine | byline
                       | docAuthor | docDate | docImprint | l | speaker" mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'div'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="lb" mode="reading diplomatic">
    <br class="tei-lb"/>
  </xsl:template>

  <xsl:template match="pb | cb" mode="reading diplomatic">
    <span class="{tc:classes(.)}">
      <xsl:text>[</xsl:text>
      <xsl:value-of select="if (self::pb) then 'page' else 'column'"/>
      <xsl:value-of select="@n ! (' ' || .)"/>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="milestone | anchor | fw[not(node())]" mode="reading diplomatic">
    <span class="{tc:classes(.)}"/>
  </xsl:template>

  <!-- Lists: ordered and plain lists, label/item glossaries, bibliographies.
       Anything in a list that is not an item gets its own list entry, so nothing is lost
       and the HTML list holds only li (or dt/dd). A list's head goes above it. -->

  <xsl:template match="list | listBibl" mode="reading diplomatic">
    <xsl:call-template name="tc:captions"/>
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="if (@type = 'ordered') then 'ol' else 'ul'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:for-each select="*[not(self::head)][not(self::label and following-sibling::*[1][self::item])]">
          <!-- an item with its own label ("1.", "(a)") shows the label, not a list marker -->
          <xsl:call-template name="tc:element">
            <xsl:with-param name="name" select="'li'"/>
            <xsl:with-param name="extra" select="'labelled'[current()/preceding-sibling::*[1][self::label]]"/>
            <xsl:with-param name="content" as="item()*">
              <xsl:choose>
                <xsl:when test="self::item">
                  <xsl:if test="../@type = 'ordered' and @n castable as xs:integer">
                    <xsl:attribute name="value" select="xs:integer(@n)"/>
                  </xsl:if>
                  <xsl:apply-templates select="preceding-sibling::*[1][self::label]" mode="#current"/>
                  <xsl:if test="preceding-sibling::*[1][self::label]"><xsl:text> </xsl:text></xsl:if>
                  <xsl:apply-templates mode="#current"/>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:apply-templates select="." mode="#current"/>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="list[@type = 'gloss'][*[not(self::head)][1][self::label]]
                           [every $c in * satisfies ($c[self::head or self::item]
                                                     or $c[self::label][not(tc:contains-block(.))])]"
                mode="reading diplomatic">
    <xsl:call-template name="tc:captions"/>
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'dl'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:for-each select="label | item">
          <xsl:call-template name="tc:element">
            <xsl:with-param name="name" select="if (self::label) then 'dt' else 'dd'"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The heads of a list, table or figure are rendered by their parent (tc:captions). -->
  <xsl:template match="list/head | listBibl/head | table/head | figure/head" mode="reading diplomatic"/>

  <xsl:template name="tc:captions">
    <xsl:param name="name" as="xs:string" select="'div'"/>
    <xsl:for-each select="head">
      <xsl:call-template name="tc:element">
        <xsl:with-param name="name" select="$name"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- Tables: rows and cells; anything else inside a table is rendered just before it. -->

  <xsl:template match="table" mode="reading diplomatic">
    <xsl:apply-templates select="* except (head | row)" mode="#current"/>
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'table'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:if test="head">
          <caption>
            <xsl:call-template name="tc:captions"/>
          </caption>
        </xsl:if>
        <tbody>
          <xsl:apply-templates select="row" mode="#current"/>
        </tbody>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="table/row" mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'tr'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:for-each select="*">
          <xsl:call-template name="tc:element">
            <xsl:with-param name="name" select="if (@role = 'label') then 'th' else 'td'"/>
            <xsl:with-param name="content" as="item()*">
              <xsl:if test="@cols castable as xs:integer">
                <xsl:attribute name="colspan" select="xs:integer(@cols)"/>
              </xsl:if>
              <xsl:if test="@rows castable as xs:integer">
                <xsl:attribute name="rowspan" select="xs:integer(@rows)"/>
              </xsl:if>
              <xsl:apply-templates select="if (self::cell) then node() else ." mode="#current"/>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Figures: content first, heads as the caption; images are named, never fetched. -->

  <xsl:template match="figure" mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'figure'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:apply-templates select="node() except head" mode="#current"/>
        <xsl:if test="head">
          <figcaption>
            <xsl:call-template name="tc:captions"/>
          </figcaption>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="graphic | media" mode="reading diplomatic">
    <span class="{tc:classes(.)}">[image<xsl:value-of select="@url ! (': ' || .)"/>]</span>
  </xsl:template>

  <!-- Phrases -->

  <xsl:template match="emph" mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'em'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="title" mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'cite'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="foreign[not(@resp)]" mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'i'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="date | time" mode="reading diplomatic">
    <xsl:variable name="datetime" select="tc:html-datetime(@when)"/>
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="if ($datetime) then 'time' else 'span'"/>
      <xsl:with-param name="attributes" as="attribute()*">
        <xsl:if test="$datetime and not(tc:contains-block(.))">
          <xsl:attribute name="datetime" select="$datetime"/>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="ref[@target] | ptr[@target]" mode="reading diplomatic">
    <xsl:variable name="target" select="tokenize(@target)[1]"/>
    <xsl:variable name="href" select="tc:link-target($target)"/>
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="if ($href) then 'a' else 'span'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:if test="$href and not(tc:contains-block(.))">
          <xsl:attribute name="href" select="$href"/>
        </xsl:if>
        <xsl:apply-templates mode="#current"/>
        <xsl:if test="self::ptr">
          <xsl:value-of select="$target"/>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>

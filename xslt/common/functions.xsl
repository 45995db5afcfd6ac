<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared functions and named templates of the text renderer (included by text.xsl).

  tc:element      emit one HTML element for the context TEI element with its classes and lang;
                  a phrasing-only HTML element (p, span, h2, em…) becomes a div when the TEI element
                  holds block content, so the output stays valid HTML5 for any TEI.
  tc:bracketed    wrap content in the brackets the element's @rend asks for (bare,
                  double-brackets, unclosed, or plain [ ]).
  tc:classes      the class list of an element; tc:hand-label the name of a hand;
  tc:html-datetime an ISO date usable in <time datetime>, or nothing.
  tc:link-target  a link target safe to make live (http, https, mailto or relative), or nothing.
  tc:document-title the title of the document itself among a titleStmt's titles.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tc="urn:teiconv:text"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- TEI elements rendered as HTML blocks (flow content): an ancestor that holds one of them
       cannot be rendered as p, span or a heading. -->
  <xsl:variable name="tc:block-names" static="yes" as="xs:string+" select="
      'ab', 'address', 'argument', 'back', 'body', 'byline', 'castGroup', 'castItem', 'castList', 'cell', 'closer', 'dateline',
      'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'docAuthor', 'docImprint',
      'docTitle', 'epigraph', 'figDesc', 'figure', 'floatingText', 'front', 'group', 'head', 'item',
      'l', 'lg', 'list', 'listBibl', 'opener', 'p', 'postscript', 'row', 'salute', 'signed',
      'sp', 'speaker', 'table', 'text', 'titlePage', 'titlePart', 'trailer'"/>

  <!-- Parents whose children are laid out one below the other. -->
  <xsl:variable name="tc:flow-parents" static="yes" as="xs:string+" select="
      'TEI', 'text', 'front', 'back', 'body', 'group', 'div', 'div1', 'div2', 'div3', 'div4', 'div5',
      'div6', 'div7', 'floatingText', 'lg', 'sp', 'figure', 'titlePage', 'argument', 'epigraph',
      'postscript', 'opener', 'closer', 'castList', 'castGroup'"/>

  <!-- HTML elements whose content model is phrasing only. -->
  <xsl:variable name="tc:phrasing-only" static="yes" as="xs:string+" select="
      'p', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'i', 'b', 'cite', 'q', 'time', 'dfn',
      'del', 'ins', 'a', 'sup', 'sub', 'small', 'abbr', 'mark', 'dt'"/>

  <!-- The same names as maps: a lookup per element instead of a comparison with every name. -->
  <xsl:variable name="tc:block-set" static="yes" as="map(xs:string, xs:boolean)" select="map:merge($tc:block-names ! map:entry(., true()))"/>
  <xsl:variable name="tc:flow-set" static="yes" as="map(xs:string, xs:boolean)" select="map:merge($tc:flow-parents ! map:entry(., true()))"/>
  <xsl:variable name="tc:phrasing-set" static="yes" as="map(xs:string, xs:boolean)" select="map:merge($tc:phrasing-only ! map:entry(., true()))"/>

  <!-- The document's own title among its titleStmt's titles: a letters edition lists the
       series (level "s") before the letter (level "a"), FRUS a "complete" title before the
       series' parts; a title of no kind is the document's where nothing says otherwise. -->
  <xsl:function name="tc:document-title" as="element()?">
    <xsl:param name="titles" as="element()*"/>
    <xsl:sequence select="($titles[@level = 'a'], $titles[@type = ('main', 'complete')],
                           $titles[not(@level = ('s', 'j')) and not(@type)], $titles)[1]"/>
  </xsl:function>

  <xsl:function name="tc:contains-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/descendant::*[map:contains($tc:block-set, local-name())])"/>
  </xsl:function>

  <xsl:function name="tc:in-flow" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="map:contains($tc:flow-set, local-name($e/..))"/>
  </xsl:function>

  <!-- A TEI @target may name any scheme; only these become live links, because a
       javascript: or data: address in a third-party file would run or show its content on our
       pages.  Browsers ignore white space and control characters inside a scheme
       ("java&#9;script:"), so the scheme is read with them removed. -->
  <xsl:function name="tc:link-target" as="xs:string?">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:variable name="bare" select="replace(string($target), '[\s\p{Cc}]+', '')"/>
    <xsl:variable name="scheme" select="lower-case(replace($bare, '^([A-Za-z][A-Za-z0-9+.\-]*):.*$', '$1', 's'))"/>
    <xsl:sequence select="normalize-space($target)[. ne '']
        [$scheme = ('http', 'https', 'mailto') or not(matches($bare, '^[A-Za-z][A-Za-z0-9+.\-]*:', 's'))]"/>
  </xsl:function>

  <xsl:function name="tc:token" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="replace($s, '[^\p{L}\p{Nd}_-]+', '-')"/>
  </xsl:function>

  <xsl:function name="tc:classes" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <!-- Most elements have none of the attributes: their class is their name alone. -->
    <xsl:sequence select="if (not($e/@type or $e/@subtype or $e/@place or $e/@rend)) then 'tei-' || local-name($e)
      else string-join((
        'tei-' || local-name($e),
        $e/@type ! ('type-' || tc:token(.)),
        $e/@subtype ! ('subtype-' || tc:token(.)),
        $e/@place ! tokenize(.) ! ('place-' || tc:token(.)),
        $e/@rend ! tokenize(.) ! ('rend-' || tc:token(.))), ' ')"/>
  </xsl:function>

  <!-- class and lang of the HTML element standing for the context element. -->
  <xsl:template name="tc:attributes">
    <xsl:param name="extra" as="xs:string*" select="()"/>
    <!-- Most elements have neither an extra class nor an attribute that adds one: their class is
         made here, without a call of tc:classes (this runs for nearly every element, twice). -->
    <xsl:attribute name="class" select="if (empty($extra) and not(@type or @subtype or @place or @rend)) then 'tei-' || local-name() else string-join((tc:classes(.), $extra), ' ')"/>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="lang" select="@xml:lang"/>
    </xsl:if>
  </xsl:template>

  <!-- tc:element's default content (a value no caller passes as content). -->
  <xsl:variable name="tc:children" static="yes" as="map(*)" select="map {}"/>

  <xsl:template name="tc:element">
    <xsl:param name="name" as="xs:string" select="'span'"/>
    <xsl:param name="extra" as="xs:string*" select="()"/>
    <!-- Default: the children in the current mode, written straight into the element (content
         built apart is copied into it, once for every level of nesting). -->
    <xsl:param name="content" as="item()*" select="$tc:children"/>
    <!-- Attributes after class and lang (a link's href, a date's datetime): given here rather
         than in $content, they leave the children to be written straight into the element. -->
    <xsl:param name="attributes" as="attribute()*" select="()"/>
    <!-- Only an element with element children can hold a block. -->
    <xsl:element name="{if (map:contains($tc:phrasing-set, $name) and exists(*) and tc:contains-block(.)) then 'div' else $name}">
      <xsl:call-template name="tc:attributes">
        <xsl:with-param name="extra" select="$extra"/>
      </xsl:call-template>
      <xsl:sequence select="$attributes"/>
      <xsl:choose>
        <xsl:when test="$content instance of map(*)">
          <xsl:apply-templates mode="#current"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="$content"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <!-- The opening and closing bracket of a diplomatic rendering, from the source's bracket form. -->
  <xsl:function name="tc:brackets" as="xs:string+">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="rend" select="tokenize($e/@rend)"/>
    <xsl:sequence select="
        if ($rend = 'bare') then ('', '')
        else if ($rend = 'double-brackets') then ('[[', ']]')
        else if ($rend = 'unclosed') then ('[', '')
        else ('[', ']')"/>
  </xsl:function>

  <xsl:template name="tc:bracketed">
    <xsl:param name="content" as="item()*">
      <xsl:apply-templates mode="#current"/>
    </xsl:param>
    <xsl:variable name="b" select="tc:brackets(.)"/>
    <xsl:value-of select="$b[1]"/>
    <xsl:sequence select="$content"/>
    <xsl:value-of select="$b[2]"/>
  </xsl:template>

  <!-- A hand (a pointer such as "#hand-1") in words a reader understands: its scribe or
       person, else the handNote's own description (up to its first colon or full stop), else
       "another hand". Never the pointer: ids are not for readers. -->
  <xsl:function name="tc:hand-name" as="xs:string?">
    <xsl:param name="ref" as="attribute()?"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="id" select="substring-after(normalize-space($ref), '#')"/>
    <xsl:variable name="note" select="key('tc:by-id', $id, root($context))[self::handNote]"/>
    <xsl:variable name="described" select="normalize-space(replace(normalize-space($note), '^([^:.]+)[:.].*$', '$1'))"/>
    <xsl:sequence select="
        if (empty($ref)) then ()
        else if ($note/@scribe) then string($note/@scribe)
        else if ($note//persName) then normalize-space(($note//persName)[1])
        else if ($described) then $described
        else 'another hand'"/>
  </xsl:function>

  <xsl:function name="tc:hand-label" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="tc:hand-name($e/@hand, $e)"/>
  </xsl:function>

  <!-- @when as an HTML valid date/time string (year, month, date, local date-time or time), if it is one. -->
  <xsl:function name="tc:html-datetime" as="xs:string?">
    <xsl:param name="when" as="xs:string?"/>
    <xsl:sequence select="$when[matches(., '^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?)?)?)?$')
                                or matches(., '^\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$')]
                                [not(starts-with(., '0000'))]"/>
  </xsl:function>

</xsl:stylesheet>

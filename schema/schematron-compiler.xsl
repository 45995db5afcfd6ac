<?xml version="1.0" encoding="UTF-8"?>
<!--
  Compiles an ISO Schematron schema into an XSLT 3.0 stylesheet (run once per validation run).

  Why our own: no Schematron implementation ships on PyPI, and the subset an edition needs is
  small.  Supported: ns, let (schema, pattern and rule level), pattern, rule (@context),
  assert/report (@test, @id, @role), value-of, name and the text inside messages; title, p and
  phase are documentation here (every pattern runs).  Anything else is written to the output as
  <f:refused> naming it, and the caller refuses the schema, so no rule is ever dropped silently.

  The compiled stylesheet writes
      <failures><failure id="…" role="error|warning" path="…">message</failure>…</failures>
  where @path is XPath 3.1 fn:path() of the rule's context node; Python maps it to a line.

  The document is walked once: every node and attribute is offered to one mode holding the rules
  of all patterns, the first rules of the first patterns with the highest priority.  A rule that
  matches checks its asserts and hands the node on (xsl:next-match) to the next rule that
  matches, naming the patterns that have already fired, so that within a pattern only the first
  matching rule fires and every pattern gets its say, as ISO Schematron requires.  One walk
  matched by Saxon's rule index costs a third less than one search of the tree per pattern.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:axsl="http://www.w3.org/1999/XSL/TransformAlias"
    xmlns:sch="http://purl.oclc.org/dsdl/schematron"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:teiconv:schematron-compiler"
    exclude-result-prefixes="sch xs f">

  <xsl:namespace-alias stylesheet-prefix="axsl" result-prefix="xsl"/>
  <xsl:output method="xml" indent="yes"/>
  <xsl:mode on-no-match="fail"/>

  <!-- ============================================================ schema -->

  <xsl:template match="/">
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <xsl:template match="/sch:schema">
    <axsl:stylesheet version="3.0" exclude-result-prefixes="#all">
      <xsl:for-each select="sch:ns">
        <xsl:namespace name="{@prefix}" select="string(@uri)"/>
      </xsl:for-each>
      <xsl:namespace name="xs" select="'http://www.w3.org/2001/XMLSchema'"/>
      <xsl:namespace name="f" select="'urn:teiconv:schematron-compiler'"/>
      <xsl:apply-templates select="sch:let | sch:pattern/sch:let"/>
      <axsl:template match="/">
        <failures>
          <axsl:apply-templates select="descendant-or-self::node()/(., @*)" mode="f:rules"/>
        </failures>
      </axsl:template>
      <axsl:mode name="f:rules" on-no-match="deep-skip"/>
      <xsl:apply-templates select="* except sch:let"/>
    </axsl:stylesheet>
  </xsl:template>

  <xsl:template match="sch:schema/sch:ns | sch:title | sch:p | sch:phase" priority="1"/>

  <xsl:template match="sch:let">
    <axsl:variable name="{@name}" select="{@value}"/>
  </xsl:template>

  <!-- ============================================================ patterns and rules -->

  <xsl:template match="sch:pattern[not(@abstract = 'true' or @is-a)]">
    <xsl:apply-templates select="* except sch:let"/>
  </xsl:template>

  <!-- $f:fired: the patterns whose rule has already handled this node. -->
  <xsl:template match="sch:rule[@context and not(@abstract = 'true')]">
    <xsl:variable name="pattern" select="f:pattern-number(..)"/>
    <axsl:template match="{@context}" mode="f:rules" priority="{f:priority(.)}">
      <axsl:param name="f:fired" as="xs:integer*" select="()"/>
      <axsl:if test="not($f:fired = {$pattern})">
        <xsl:apply-templates select="*"/>
      </axsl:if>
      <axsl:next-match>
        <axsl:with-param name="f:fired" select="($f:fired, {$pattern})"/>
      </axsl:next-match>
    </axsl:template>
  </xsl:template>

  <xsl:template match="sch:assert">
    <axsl:if test="not({@test})">
      <xsl:call-template name="failure"/>
    </axsl:if>
  </xsl:template>

  <xsl:template match="sch:report">
    <axsl:if test="{@test}">
      <xsl:call-template name="failure"/>
    </axsl:if>
  </xsl:template>

  <!-- ============================================================ messages -->

  <xsl:template name="failure">
    <failure id="{(@id, ../@id, 'schematron')[1]}" role="{(@role, 'error')[1]}">
      <axsl:attribute name="path" select="path(.)"/>
      <xsl:apply-templates mode="message"/>
    </failure>
  </xsl:template>

  <xsl:template match="text()" mode="message">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="sch:value-of" mode="message">
    <axsl:value-of select="{@select}" separator=", "/>
  </xsl:template>

  <xsl:template match="sch:name" mode="message">
    <axsl:value-of select="name({(@path, '.')[1]})"/>
  </xsl:template>

  <xsl:template match="sch:emph | sch:dir | sch:span" mode="message">
    <xsl:apply-templates mode="message"/>
  </xsl:template>

  <!-- ============================================================ refusals -->

  <!-- What the compiler cannot honour becomes a <f:refused path="…"> element in its output; the
       caller reports those, with their lines, and uses nothing of the result. -->
  <xsl:template match="sch:*" mode="#default message" priority="-1">
    <f:refused path="{path()}">&lt;<xsl:value-of select="local-name()"/>&gt; is not supported by teiconv's Schematron compiler</f:refused>
  </xsl:template>

  <xsl:template match="*" mode="#default message" priority="-2">
    <f:refused path="{path()}">unexpected element &lt;<xsl:value-of select="name()"/>&gt;</f:refused>
  </xsl:template>

  <!-- ============================================================ names -->

  <xsl:function name="f:pattern-number" as="xs:integer">
    <xsl:param name="pattern" as="element(sch:pattern)"/>
    <xsl:sequence select="count($pattern/preceding-sibling::sch:pattern) + 1"/>
  </xsl:function>

  <!-- Every rule of the schema in one order, earliest highest: the order of next-match. -->
  <xsl:function name="f:priority" as="xs:integer">
    <xsl:param name="rule" as="element(sch:rule)"/>
    <xsl:sequence select="count($rule/following::sch:rule) + 1"/>
  </xsl:function>

</xsl:stylesheet>

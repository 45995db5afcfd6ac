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

  Each pattern gets its own mode, applied only to the nodes its rules' contexts can match.  Within
  a pattern a node is handled by the first rule whose context matches it (earlier rules get
  higher priority), as ISO Schematron requires.
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
    <axsl:stylesheet version="3.0">
      <xsl:for-each select="sch:ns">
        <xsl:namespace name="{@prefix}" select="string(@uri)"/>
      </xsl:for-each>
      <xsl:namespace name="xs" select="'http://www.w3.org/2001/XMLSchema'"/>
      <xsl:apply-templates select="sch:let | sch:pattern/sch:let"/>
      <axsl:template match="/">
        <failures>
          <xsl:for-each select="sch:pattern[sch:rule]">
            <axsl:apply-templates select="{f:candidates(.)}" mode="{f:mode(.)}"/>
          </xsl:for-each>
        </failures>
      </axsl:template>
      <xsl:apply-templates select="* except sch:let"/>
    </axsl:stylesheet>
  </xsl:template>

  <xsl:template match="sch:schema/sch:ns | sch:title | sch:p | sch:phase" priority="1"/>

  <xsl:template match="sch:let">
    <axsl:variable name="{@name}" select="{@value}"/>
  </xsl:template>

  <!-- ============================================================ patterns and rules -->

  <xsl:template match="sch:pattern[not(@abstract = 'true' or @is-a)]">
    <xsl:variable name="mode" select="f:mode(.)"/>
    <axsl:mode name="{$mode}" on-no-match="deep-skip"/>
    <xsl:apply-templates select="* except sch:let">
      <xsl:with-param name="mode" select="$mode"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="sch:rule[@context and not(@abstract = 'true')]">
    <xsl:param name="mode" as="xs:string"/>
    <axsl:template match="{@context}" mode="{$mode}" priority="{1000 - count(preceding-sibling::sch:rule)}">
      <xsl:apply-templates select="*"/>
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

  <!-- The nodes a pattern's rules may match: a node matches pattern P exactly when it is in
       root(.)//(P) (XSLT 3.0, 5.5.3), so only these are visited. -->
  <xsl:function name="f:candidates" as="xs:string">
    <xsl:param name="pattern" as="element(sch:pattern)"/>
    <xsl:sequence select="'root(.)//(' || string-join($pattern/sch:rule/('(' || @context || ')'), ' | ') || ')'"/>
  </xsl:function>

  <xsl:function name="f:mode" as="xs:string">
    <xsl:param name="pattern" as="element(sch:pattern)"/>
    <xsl:sequence select="'pattern-' || count($pattern/preceding-sibling::sch:pattern) + 1"/>
  </xsl:function>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  Compiles an ISO Schematron schema whose rules are XPath 2 or 3 (queryBinding xslt2, xslt3, or
  none) into an XSLT 3.0 stylesheet run by Saxon (once per validation run).  Schemas in XPath 1.0
  (queryBinding xslt or exslt), teiconv's own among them, are compiled in Python for libxslt
  instead: teiconv.validation.schematron_libxslt.

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

  Two savings follow from reading what each rule's context can match (f:targets): a rule hands
  the node on only when some later rule could match the same node (a tei:note rule need not ask
  whether a tei:ptr rule matches too, and the transform takes about a tenth less); and when every rule matches elements or attributes, the
  walk skips text, comments and processing instructions.  A context this reading does not understand matches anything, so the
  savings never drop a rule.
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
          <axsl:apply-templates select="{f:walk(sch:pattern/sch:rule)}" mode="f:rules"/>
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
      <xsl:if test="some $later in following::sch:rule satisfies f:may-match-alike(., $later)">
        <axsl:next-match>
          <axsl:with-param name="f:fired" select="($f:fired, {$pattern})"/>
        </axsl:next-match>
      </xsl:if>
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

  <!-- ============================================================ what a rule can match -->

  <!-- What the last step of each alternative of a rule's context can match: "element name" or
       "attribute name" (name as Q{uri}local, or * for a wildcard), or "any" for a node test, an
       axis, a function or any form not read here. -->
  <xsl:function name="f:targets" as="xs:string+">
    <xsl:param name="rule" as="element(sch:rule)"/>
    <xsl:variable name="bare" select="f:without-predicates(string($rule/@context))"/>
    <xsl:sequence select="if (normalize-space($bare) = '') then 'any'
                          else for $alternative in tokenize($bare, '\|') return f:target($alternative, $rule)"/>
  </xsl:function>

  <xsl:function name="f:target" as="xs:string">
    <xsl:param name="alternative" as="xs:string"/>
    <xsl:param name="rule" as="element(sch:rule)"/>
    <xsl:variable name="step" select="normalize-space(tokenize($alternative, '/')[last()])"/>
    <xsl:variable name="kind" select="if (starts-with($step, '@')) then 'attribute' else 'element'"/>
    <xsl:variable name="test" select="replace($step, '^@', '')"/>
    <xsl:variable name="prefix" select="substring-before($test, ':')"/>
    <xsl:variable name="uri" select="if ($prefix = '') then '' else $rule/ancestor::sch:schema/sch:ns[@prefix = $prefix]/@uri"/>
    <xsl:sequence select="
        if ($test = '*' or matches($test, '^([\i-[:]][\c-[:]]*:)?\*$|^\*:[\i-[:]][\c-[:]]*$')) then $kind || ' *'
        else if (matches($test, '^([\i-[:]][\c-[:]]*:)?[\i-[:]][\c-[:]]*$') and count($uri) = 1)
          then $kind || ' Q{' || $uri || '}' || replace($test, '^.*:', '')
        else 'any'"/>
  </xsl:function>

  <!-- The context without its predicates, innermost first (a bracket in a string literal leaves
       a step no name test matches: "any"). -->
  <xsl:function name="f:without-predicates" as="xs:string">
    <xsl:param name="context" as="xs:string"/>
    <xsl:variable name="fewer" select="replace($context, '\[[^\[\]]*\]', '')"/>
    <xsl:sequence select="if ($fewer = $context) then $context else f:without-predicates($fewer)"/>
  </xsl:function>

  <!-- Whether some node could match the contexts of both rules. -->
  <xsl:function name="f:may-match-alike" as="xs:boolean">
    <xsl:param name="rule" as="element(sch:rule)"/>
    <xsl:param name="other" as="element(sch:rule)"/>
    <xsl:sequence select="some $a in f:targets($rule), $b in f:targets($other) satisfies f:overlap($a, $b)"/>
  </xsl:function>

  <xsl:function name="f:overlap" as="xs:boolean">
    <xsl:param name="a" as="xs:string"/>
    <xsl:param name="b" as="xs:string"/>
    <xsl:sequence select="$a = 'any' or $b = 'any' or
                          (substring-before($a, ' ') = substring-before($b, ' ')
                           and ($a = $b or ends-with($a, ' *') or ends-with($b, ' *')))"/>
  </xsl:function>

  <!-- The nodes the walk offers to the rules: elements and attributes when no rule matches
       anything else, every node otherwise. -->
  <xsl:function name="f:walk" as="xs:string">
    <xsl:param name="rules" as="element(sch:rule)*"/>
    <xsl:variable name="targets" select="$rules[@context]/f:targets(.)"/>
    <xsl:sequence select="if ($targets = 'any') then 'descendant-or-self::node()/(., @*)'
                          else if (some $target in $targets satisfies starts-with($target, 'attribute'))
                          then 'descendant-or-self::*/(., @*)' else 'descendant-or-self::*'"/>
  </xsl:function>

  <!-- Every rule of the schema in one order, earliest highest: the order of next-match. -->
  <xsl:function name="f:priority" as="xs:integer">
    <xsl:param name="rule" as="element(sch:rule)"/>
    <xsl:sequence select="count($rule/following::sch:rule) + 1"/>
  </xsl:function>

</xsl:stylesheet>

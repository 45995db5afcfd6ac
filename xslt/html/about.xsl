<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry point (initial template h:about): "About this edition", generated from the TEI headers.

  $documents: the parsed TEI documents; $records: their records as JSON (see index.xsl).
  Sections: editorial principles (the distinct editorialDecl paragraphs), the conventions with
  an example of each taken from the edition itself and rendered by the shared renderer in both
  views, the sources (archive and shelfmark of every document) and the licence(s).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:h="urn:teiconv:html"
    xmlns:tc="urn:teiconv:text"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/text.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="layout.xsl"/>

  <xsl:param name="documents" as="document-node()*" select="()"/>
  <xsl:param name="records" as="xs:string" select="'[]'"/>

  <!-- Examples are excerpts from several documents: note numbers without ids or links. -->
  <xsl:template match="note" mode="note-anchor">
    <sup class="note-anchor">*</sup>
  </xsl:template>

  <xsl:template name="h:about">
    <xsl:variable name="all" select="parse-json($records)?*" as="map(*)*"/>
    <!-- "!" keeps the documents' (reading) order; "/" would order nodes of different documents
         by an implementation-dependent rule. -->
    <xsl:variable name="texts" select="$documents ! h:parts(*)"/>
    <xsl:call-template name="h:page">
      <xsl:with-param name="page" select="'about'"/>
      <xsl:with-param name="file" select="'about.html'"/>
      <xsl:with-param name="title" select="'About this edition · ' || $edition-title"/>
      <xsl:with-param name="content" as="item()*">
        <h1>About this edition</h1>
        <section aria-labelledby="edition-facts-title">
          <h2 id="edition-facts-title">The edition</h2>
          <dl class="edition-facts">
            <xsl:call-template name="h:field">
              <xsl:with-param name="label" select="'Title'"/>
              <xsl:with-param name="value" select="$edition-title"/>
            </xsl:call-template>
            <xsl:call-template name="h:field">
              <xsl:with-param name="label" select="'Edited by'"/>
              <xsl:with-param name="value" select="$edition-editors"/>
            </xsl:call-template>
            <xsl:call-template name="h:field">
              <xsl:with-param name="label" select="'Version'"/>
              <xsl:with-param name="value" select="$edition-version"/>
            </xsl:call-template>
            <xsl:call-template name="h:field">
              <xsl:with-param name="label" select="'Publisher'"/>
              <xsl:with-param name="value" select="$edition-publisher"/>
            </xsl:call-template>
            <xsl:call-template name="h:field">
              <xsl:with-param name="label" select="'Documents'"/>
              <xsl:with-param name="value" select="string(count($all[?kind = 'document']))"/>
            </xsl:call-template>
          </dl>
        </section>
        <section aria-labelledby="principles-title">
          <h2 id="principles-title">Editorial principles</h2>
          <xsl:variable name="paragraphs" select="$documents ! */teiHeader/encodingDesc/editorialDecl//p"/>
          <xsl:for-each-group select="$paragraphs" group-by="normalize-space(.)">
            <xsl:apply-templates select="current-group()[1]" mode="reading"/>
          </xsl:for-each-group>
        </section>
        <section aria-labelledby="conventions-title">
          <h2 id="conventions-title">Conventions</h2>
          <p>The editorial conventions the documents of this edition use, each with its first
            example: how it is encoded in TEI, how the reading view shows it and how the translator's
            bracketed transcription writes it.</p>
          <table class="conventions">
            <thead>
              <tr><th scope="col">Convention</th><th scope="col">TEI</th>
                <th scope="col">Reading view</th><th scope="col">Bracketed transcription</th></tr>
            </thead>
            <tbody>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'Words supplied by the translator'"/>
                <xsl:with-param name="example" select="($texts ! (.//supplied)[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'An error of the original, kept and flagged'"/>
                <xsl:with-param name="example" select="($texts ! (.//sic[not(parent::choice)])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'An abbreviation and its expansion'"/>
                <xsl:with-param name="example" select="($texts ! (.//choice[abbr])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'A correction the translator proposes'"/>
                <xsl:with-param name="example" select="($texts ! (.//choice[sic and corr])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'Letters completed inside a word'"/>
                <xsl:with-param name="example" select="($texts ! (.//expan[ex])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'A name given in another form, or identified'"/>
                <xsl:with-param name="example" select="($texts ! (.//choice[orig and reg])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'The original-language term after its translation'"/>
                <xsl:with-param name="example" select="($texts ! (.//foreign[@resp])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'A term and its English gloss'"/>
                <xsl:with-param name="example" select="($texts ! (.//gloss)[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'Illegible text'"/>
                <xsl:with-param name="example" select="($texts ! (.//gap[@reason = 'illegible'])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'Text left out or missing'"/>
                <xsl:with-param name="example" select="($texts ! (.//gap[@reason = ('omitted', 'lost', 'redacted')])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'A conjecture of the translator'"/>
                <xsl:with-param name="example" select="($texts ! (.//supplied[@cert = 'low'] | .//ex[@cert = 'low'])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'Characters lost in the archive''s export'"/>
                <xsl:with-param name="example" select="($texts ! (.//gap[@reason = 'unrendered'])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'An empty box of a printed form'"/>
                <xsl:with-param name="example" select="($texts ! (.//g)[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'A blank left in a form'"/>
                <xsl:with-param name="example" select="($texts ! (.//space)[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'A handwritten annotation, with the editor''s description'"/>
                <xsl:with-param name="example" select="($texts ! (.//add[@hand])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'A stamp'"/>
                <xsl:with-param name="example" select="($texts ! (.//stamp)[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'An editor''s note'"/>
                <xsl:with-param name="example" select="($texts ! (.//note[@type = 'editorial'][tc:is-numbered-note(.)])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'A signature marked as signed'"/>
                <xsl:with-param name="example" select="($texts ! (.//note[@subtype = 'signed'])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'A signature not transcribed'"/>
                <xsl:with-param name="example" select="($texts ! (.//gap[@reason = 'untranscribed'])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'A doubt the translator marks'"/>
                <xsl:with-param name="example" select="($texts ! (.//note[@subtype = 'doubt'])[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'A page break of the original'"/>
                <xsl:with-param name="example" select="($texts ! (.//pb)[1])[1]"/>
              </xsl:call-template>
              <xsl:call-template name="h:convention">
                <xsl:with-param name="name" select="'A footnote of the source, at its marker'"/>
                <xsl:with-param name="example" select="($texts ! (.//note[@place = 'foot'])[1])[1]"/>
              </xsl:call-template>
            </tbody>
          </table>
        </section>
        <section aria-labelledby="sources-title">
          <h2 id="sources-title">Sources</h2>
          <ul class="sources">
            <xsl:for-each select="$all[?kind = 'document']">
              <li>
                <a href="{?page}"><xsl:value-of select="?title"/></a>
                <xsl:value-of select="(?date-text[. ne ''] ! (', ' || .), '.')" separator=""/>
                <xsl:value-of select="string-join((?repository, ?shelfmark)[. ne ''], ', ')[. ne ''] ! (' ' || . || '.')"/>
                <xsl:value-of select="string-join((?archive, ?record[. ne ''] ! ('record ' || .))[. ne ''], ', ')[. ne ''] ! (' ' || . || '.')"/>
                <xsl:if test="?archive-url">
                  <xsl:text> </xsl:text>
                  <a href="{?archive-url}"><xsl:value-of select="?archive-url"/></a>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </section>
        <section id="licence" aria-labelledby="licence-title">
          <h2 id="licence-title">Licence</h2>
          <p><xsl:value-of select="if ($edition-licence) then 'The edition: ' || $edition-licence || '.'
                                   else 'The editor has not declared a licence for the edition.'"/></p>
          <p>The sources, as their records state:</p>
          <ul class="source-rights">
            <xsl:for-each-group select="$all[?kind = 'document']" group-by="(?rights[. ne ''], 'No statement.')[1]">
              <li><xsl:value-of select="current-grouping-key()"/>
                <xsl:value-of select="' (' || count(current-group()) || (if (count(current-group()) = 1) then ' document)' else ' documents)')"/></li>
            </xsl:for-each-group>
          </ul>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One row, only for a convention the edition uses: the example with the word before it
       (so a translator's gloss has its word), its encoding as the file has it (h:encoding),
       and both views; a handwritten addition with the note that describes it. -->
  <xsl:template name="h:convention">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="example" as="element()?"/>
    <xsl:variable name="nodes" select="$example/(tc:label-of(.), .)"/>
    <xsl:variable name="before" select="tokenize(($nodes[1]/preceding-sibling::node()[1])[self::text()], '\s+')[normalize-space()][last()]"/>
    <xsl:if test="exists($example)">
      <tr>
        <th scope="row"><xsl:value-of select="$name"/></th>
        <td><code><xsl:value-of select="string-join($nodes ! h:encoding(.), ' + ')"/></code></td>
        <td class="example view-reading"><xsl:value-of select="$before ! (. || ' ')"/><xsl:apply-templates select="$nodes" mode="reading"/></td>
        <td class="example view-diplomatic"><xsl:value-of select="$before ! (. || ' ')"/><xsl:apply-templates select="$nodes" mode="diplomatic"/></td>
      </tr>
    </xsl:if>
  </xsl:template>

  <!-- An element as encoded: its name, attributes (pointers and ids left out) and children. -->
  <xsl:function name="h:encoding" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="attributes" select="$e/@*[not(name() = ('xml:id', 'target', 'corresp'))]
                                            ! ('[@' || name() || '=&quot;' || . || '&quot;]')"/>
    <xsl:variable name="children" select="distinct-values($e/* ! local-name())"/>
    <xsl:sequence select="local-name($e) || string-join($attributes)
                          || (if (exists($children)) then ' (' || string-join($children, ', ') || ')' else '')"/>
  </xsl:function>

</xsl:stylesheet>

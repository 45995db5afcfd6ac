<?xml version="1.0" encoding="UTF-8"?>
<!--
  teiconv shared text renderer: the body of a TEI P5 document → HTML5 (no namespace).

  Import THIS module (xsl:import href="../common/text.xsl"); it includes the others:
    functions.xsl  tc: functions and named templates (classes, wrappers, brackets, hands, notes)
    structure.xsl  elements that look the same in both views (div, p, lists, tables, verse, figures,
                   opener/closer, dates, names, links) and the fallback for unknown elements
    editorial.xsl  editorial interventions, one template per element behaviour per view
                   (supplied, sic, choice, gap, foreign, term/gloss, add, stamp, del, unclear, g, …)
    notes.xsl      notes: in-place behaviour plus the note-anchor / note-body hooks

  Modes (stable; importing stylesheets rely on them):
    reading     clean text: expansions and corrections chosen, brackets gone, deletions dropped,
                handwritten additions and stamps set apart and labelled, notes as numbered anchors.
    diplomatic  the transcription's conventions: [supplied], text [sic], ABBR [expansion],
                translation [term], [illegible]/????, □ for unrendered glyphs, [ ] form boxes,
                [description: "words"] for additions, [Stamp: text], editorial notes inline [text].
    note-anchor applied to a numbered tei:note where it stands: the in-text reference.
    note-body   applied to each numbered tei:note (tc:numbered-notes(.)) where the importer wants
                the notes listed: the note text with a link back.
  Override note-anchor / note-body (by import precedence) to turn notes into footnotes.

  Parameters:
    $tc:diplomatic-notes  'inline' (default: editorial/translator notes as [text] in the diplomatic
                          view, as the transcription writes them) or 'numbered' (as in reading).
    $tc:heading-level     HTML heading level of a top-level tei:div/tei:head (default 2).

  Every rendered element carries class="tei-{local-name}" (plus type-*, subtype-*, place-*,
  rend-* classes from its attributes) and lang from xml:lang, so CSS can reach any element.
  An element without a rule renders its content in a span (or a div when it holds blocks):
  no text is ever dropped except tei:del in the reading view (kept in the diplomatic view).
  Output uses only phrasing content where HTML requires it: a p, heading or inline element
  that would contain a block is emitted as a div with the same classes (tc:element).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tc="urn:teiconv:text"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:include href="functions.xsl"/>
  <xsl:include href="structure.xsl"/>
  <xsl:include href="editorial.xsl"/>
  <xsl:include href="notes.xsl"/>

  <xsl:param name="tc:diplomatic-notes" as="xs:string" select="'inline'"/>
  <xsl:param name="tc:heading-level" as="xs:integer" select="2"/>

  <xsl:mode name="reading" on-no-match="text-only-copy"/>
  <xsl:mode name="diplomatic" on-no-match="text-only-copy"/>
  <xsl:mode name="note-anchor" on-no-match="shallow-skip"/>
  <xsl:mode name="note-body" on-no-match="shallow-skip"/>

  <!-- Containers whose whitespace-only text is layout, not content. -->
  <xsl:strip-space elements="TEI teiHeader text front body back group div div1 div2 div3 div4 div5
      div6 div7 floatingText list listBibl table row lg sp figure choice subst app"/>

  <xsl:key name="tc:note-by-target" match="note[@target]" use="tokenize(@target)"/>
  <xsl:key name="tc:by-id" match="*[@xml:id]" use="@xml:id"/>

</xsl:stylesheet>

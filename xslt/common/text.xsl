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
    reading     clean text: expansions and corrections chosen, brackets gone, deletions and the
                translator's original-language terms (foreign[@resp]) left to the other view,
                handwritten additions and stamps set apart and labelled, notes as numbered anchors.
    diplomatic  the transcription's conventions: [supplied], text [sic], ABBR [expansion],
                translation [term], [illegible]/????, □ for unrendered glyphs, [ ] form boxes,
                [description: "words"] for additions, [Stamp: text], editorial notes inline [text].
    note-anchor applied to a numbered tei:note where it stands: the in-text reference.
    note-body   applied to each numbered tei:note (tc:numbered-notes(.)) where the importer wants
                the notes listed: the note text with a link back.
  Override note-anchor / note-body (by import precedence) to turn notes into footnotes.

  Functions and named templates importers may use (stable):
    tc:element (named: one HTML element with classes/lang and any $attributes, div when it must
      hold blocks),
    tc:attributes, tc:classes($e), tc:token($s), tc:contains-block($e), tc:in-flow($e),
    tc:bracketed (named), tc:brackets($e), tc:quoted (named, $marks), tc:glyph (named),
    tc:hand-label($e), tc:hand-name($ref, $context), tc:html-datetime($when),
    tc:add-label($e) (notes pointing at $e), tc:label-of($e) (all its labels), tc:is-label($e),
    tc:is-numbered-note($n), tc:numbered-notes($root), tc:note-number($n), tc:note-id($n),
    tc:note-ref-id($n).

  Parameters:
    $tc:diplomatic-notes  'inline' (default: editorial/translator notes as [text] in the diplomatic
                          view, as the transcription writes them) or 'numbered' (as in reading).
    $tc:heading-level     HTML heading level of a top-level tei:div/tei:head (default 2).

  Every rendered element carries class="tei-{local-name}" (plus type-*, subtype-*, place-*,
  rend-* classes from its attributes) and lang from xml:lang, so CSS can reach any element.
  An element without a rule renders its content in a span (or a div when it holds blocks):
  the diplomatic view drops no text; the reading view leaves out only deletions, the
  alternatives not chosen in a choice and foreign[@resp] (all shown in the diplomatic view).
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
  <xsl:key name="tc:numbered-note" match="note[tc:is-numbered-note(.)]" use="true()"/>
  <xsl:key name="tc:footnote-pointer" match="ptr[@type = 'footnote']" use="string(@target)"/>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editorial interventions, one template per element behaviour and view (included by text.xsl).

  reading: the text as a reader reads it, with the apparatus visible and unobtrusive: supplied
           words in brackets of their own (class "apparatus", explained by the view's legend),
           sic flagged, abbreviations shown as written with their expansion at hand (abbr
           title), corrections and regularisations with the original at hand, gaps and lost
           glyphs as described marks, handwritten additions and stamps set apart and labelled in
           words; deletions and the translator's original-language terms are left to the
           bracketed transcription.
  diplomatic: the transcription's own conventions (see the table in text.xsl), with the
           bracket form recorded in @rend (bare, double-brackets, unclosed).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tc="urn:teiconv:text"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Words the editor or translator supplied: [text] -->
  <xsl:template match="supplied | expan | corr | reg | ex" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:call-template name="tc:bracketed"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A word completed inside it, Com[munist], and the reading a [sic] comment proposes: only
       the completed letters, or the comment around it, are in brackets. -->
  <xsl:template match="expan[ex] | note[@type = 'sic']/corr" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:apply-templates mode="#current"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The source's error, flagged as the translator flagged it: text [sic], [SIC], [Sic], [sic!], [!] -->
  <xsl:template match="sic" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:apply-templates mode="#current"/>
        <xsl:text> </xsl:text>
        <span class="sic-flag">
          <xsl:call-template name="tc:bracketed">
            <xsl:with-param name="content"
                select="if (tokenize(@rend) = 'exclamation') then '!'
                        else (tokenize(@rend)[. = ('SIC', 'Sic')], 'sic')[1] || (if (tokenize(@rend) = 'exclaimed') then '!' else '')"/>
          </xsl:call-template>
        </span>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Supplied words to read: in brackets of their own style (tc:apparatus-marks), with their
       certainty and reason at hand. -->
  <xsl:template match="supplied" mode="reading">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="extra" select="'apparatus'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:attribute name="title" select="string-join(('supplied by the translator or editor',
            @cert ! ('certainty: ' || .), @reason ! ('reason: ' || .)), '; ')"/>
        <xsl:call-template name="tc:apparatus-marks">
          <xsl:with-param name="marks" select="'[', ']'"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Letters an expansion adds (ex) are set apart from the written ones. -->
  <xsl:template match="ex" mode="reading">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="extra" select="'apparatus'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The source's error to read: kept, and flagged with a visible "sic". -->
  <xsl:template match="sic" mode="reading">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:apply-templates mode="#current"/>
        <xsl:text> </xsl:text>
        <span class="sic-flag apparatus" title="thus in the original">sic</span>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Content between marks drawn in the apparatus' style: the marks are text (a reader who
       copies the passage keeps them) but styled apart from the author's own punctuation. -->
  <xsl:template name="tc:apparatus-marks">
    <xsl:param name="marks" as="xs:string+"/>
    <span class="apparatus-mark"><xsl:value-of select="$marks[1]"/></span>
    <xsl:apply-templates mode="#current"/>
    <span class="apparatus-mark"><xsl:value-of select="$marks[2]"/></span>
  </xsl:template>

  <!-- Alternatives to read. An abbreviation stays as written, its expansion at hand
       (abbr title); a correction or regularisation is read with the original at hand. The
       bracketed transcription shows every alternative. -->
  <xsl:template match="choice" mode="reading">
    <xsl:variable name="chosen" select="(abbr[../(expan | ex)], corr, reg, expan, *)[1]"/>
    <xsl:variable name="others" select="* except $chosen"/>
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="if ($chosen/self::abbr) then 'abbr' else 'span'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:if test="$others">
          <xsl:attribute name="title" select="string-join($others ! (
              (if (self::expan or self::ex) then 'expansion: ' else if (self::corr) then 'corrected: '
               else if (self::orig or self::sic) then 'original: ' else if (self::reg) then 'regularised: '
               else local-name() || ': ') || normalize-space(.)), '; ')"/>
        </xsl:if>
        <xsl:apply-templates select="$chosen/node()" mode="#current"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A regularisation read in place of words that open a sentence opens it too: "It [the
       treaty] was signed" reads "The treaty was signed" (the TEI keeps the translator's words). -->
  <xsl:template match="choice[matches(orig, '^\p{Lu}')]/reg/text()[1][not(preceding-sibling::node())][matches(., '^\p{Ll}')]"
                mode="reading">
    <xsl:value-of select="upper-case(substring(., 1, 1)) || substring(., 2)"/>
  </xsl:template>

  <xsl:template match="choice/*" mode="diplomatic" priority="-0.25">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:if test="preceding-sibling::*"><xsl:text> </xsl:text></xsl:if>
        <xsl:apply-templates mode="#current"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="choice/(expan | corr | reg)" mode="diplomatic">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <!-- Gaps -->
  <!-- Gaps. Characters lost in an export are □ (one per character), described in words for
       screen readers and on hover; other gaps read as a described mark: ⟨2 words illegible⟩. -->
  <xsl:template match="gap[@reason = 'unrendered']" mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="extra" select="'apparatus'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:attribute name="role" select="'img'"/>
        <xsl:attribute name="aria-label" select="tc:gap-description(.)"/>
        <xsl:attribute name="title" select="tc:gap-description(.)"/>
        <xsl:value-of select="string-join((1 to tc:quantity(.)) ! '□')"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="gap" mode="reading">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="extra" select="'apparatus'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:attribute name="title" select="tc:gap-description(.)"/>
        <xsl:text>⟨</xsl:text>
        <xsl:choose>
          <xsl:when test="desc"><xsl:apply-templates select="desc/node()" mode="#current"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="tc:gap-description(.)"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text>⟩</xsl:text>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A gap in words: its description, else quantity, unit and reason ("4 chars illegible"). -->
  <xsl:function name="tc:gap-description" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:variable name="reason" select="if ($gap/@reason = 'unrendered') then 'lost in the export'
                                        else string(($gap/@reason, 'omitted')[1])"/>
    <xsl:variable name="unit" select="$gap/@unit ! (if (. = 'chars') then 'character' else replace(., 's$', ''))"/>
    <xsl:variable name="amount" select="if ($gap/@quantity and $unit)
        then $gap/@quantity || ' ' || $unit || (if ($gap/@quantity = '1') then '' else 's')
        else if ($unit) then $unit || 's' else ()"/>
    <xsl:sequence select="if ($gap/desc) then normalize-space(string-join($gap/desc, ' '))
                          else string-join(($amount, $reason), ' ')"/>
  </xsl:function>

  <xsl:template match="gap" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:choose>
          <xsl:when test="desc">
            <xsl:call-template name="tc:bracketed">
              <xsl:with-param name="content" as="item()*">
                <xsl:apply-templates select="desc/node()" mode="#current"/>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="@unit = 'chars' and @quantity">
            <xsl:value-of select="string-join((1 to tc:quantity(.)) ! '?')"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="tc:bracketed">
              <xsl:with-param name="content" select="string((@reason, 'gap')[1])"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:function name="tc:quantity" as="xs:integer">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@quantity castable as xs:integer) then max((1, xs:integer($e/@quantity))) else 1"/>
  </xsl:function>

  <!-- The translator's original-language term after its translation: translation [term] -->
  <xsl:template match="foreign[@resp]" mode="reading"/>

  <xsl:template match="foreign[@resp]" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'i'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:call-template name="tc:bracketed"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A gloss on a term: term (gloss) to read, term [gloss] as transcribed. -->
  <xsl:template match="gloss" mode="reading">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:text>(</xsl:text>
        <xsl:apply-templates mode="#current"/>
        <xsl:text>)</xsl:text>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="gloss" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:call-template name="tc:bracketed"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Labels. The editor's description of an addition, a stamp or a deletion ("Handwritten
       across the top of the text:", "Stamp:", "crossed out:") is its label: a note pointing at
       it (@target), or a label or editorial note standing right before it. The addition or
       stamp shows its label in the reading view (a deletion is not read); as transcribed, the
       label opens the bracket that the addition closes.
       tc:add-label: the notes pointing at an element (@target). -->
  <xsl:function name="tc:add-label" as="element(note)*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/@xml:id ! key('tc:note-by-target', '#' || ., root($e))"/>
  </xsl:function>

  <!-- All labels of an addition or stamp: tc:add-label (notes pointing at it) and the label
       or untargeted editorial note right before it. -->
  <xsl:function name="tc:label-of" as="element()*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="tc:add-label($e),
        $e/preceding-sibling::node()[not(self::text()[not(normalize-space())])][1]
          [self::label or self::note[@type = 'editorial'][not(@target)]]"/>
  </xsl:function>

  <!-- The converter's seg rend="label-only": the bracket held only the label of the words after it. -->
  <xsl:function name="tc:label-only" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="tokenize($e/parent::seg/@rend) = 'label-only'"/>
  </xsl:function>

  <xsl:function name="tc:is-label" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="next" select="$e/following-sibling::node()[not(self::text()[not(normalize-space())])][1]"/>
    <xsl:sequence select="($e/self::note and exists($e/parent::stamp))
        or (some $t in tokenize($e/@target)[starts-with(., '#')]
            satisfies exists(key('tc:by-id', substring($t, 2), root($e))[self::add or self::stamp]))
        or (($e/self::label or $e/self::note[@type = 'editorial'][not(@target)])
            and exists($next[self::add or self::stamp or self::del]))"/>
  </xsl:function>

  <xsl:template match="label[tc:is-label(.)] | note[tc:is-label(.)]" mode="reading" priority="1"/>

  <xsl:template match="label[tc:is-label(.)] | note[tc:is-label(.)]" mode="diplomatic" priority="1">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="extra" select="'label-of-next'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:value-of select="tc:brackets(.)[1]"/>
        <xsl:apply-templates mode="#current"/>
        <!-- [Handwritten:] Copy A: the bracket holds the label alone -->
        <xsl:if test="tc:label-only(.)"><xsl:value-of select="tc:brackets(.)[2]"/></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The label inside a stamp ("<stamp><note>Stamp:</note> …</stamp>"). -->
  <xsl:template match="stamp/note" mode="reading diplomatic" priority="2">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="extra" select="'stamp-label'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Additions. With a hand or a label the addition is an annotation: set apart where the
       original put it (@place), labelled with its description and hand. Otherwise it is an
       inserted word: <ins>. -->
  <xsl:template match="add" mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'ins'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="add[@hand or exists(tc:label-of(.))]" mode="reading">
    <xsl:variable name="label" select="tc:label-of(.)"/>
    <xsl:call-template name="tc:element">
      <xsl:with-param name="extra" select="'annotation'"/>
      <xsl:with-param name="content" as="item()*">
        <span class="annotation-label">
          <xsl:choose>
            <xsl:when test="$label"><xsl:apply-templates select="$label/node()" mode="#current"/></xsl:when>
            <xsl:otherwise>Addition</xsl:otherwise>
          </xsl:choose>
        </span>
        <xsl:if test="@hand">
          <xsl:text> </xsl:text>
          <span class="annotation-hand">Hand: <xsl:value-of select="tc:hand-label(.)"/></span>
        </xsl:if>
        <xsl:text> </xsl:text>
        <span class="annotation-text"><xsl:apply-templates mode="#current"/></span>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="add[exists(tc:label-of(.))]" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="extra" select="'annotation'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:apply-templates mode="#current"/>
        <xsl:if test="not(tc:label-only(.))"><xsl:value-of select="tc:brackets(.)[2]"/></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="add[@hand][empty(tc:label-of(.))]" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="extra" select="'annotation'"/>
      <xsl:with-param name="content" as="item()*">
        <xsl:call-template name="tc:bracketed">
          <xsl:with-param name="content" as="item()*">
            <xsl:text>handwritten: </xsl:text>
            <xsl:apply-templates mode="#current"/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Stamps: a stamp box to read, [Stamp: text] as transcribed. -->
  <xsl:template match="stamp" mode="reading">
    <xsl:variable name="label" select="tc:label-of(.)"/>
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:if test="empty(note)">
          <span class="stamp-label">
            <xsl:choose>
              <xsl:when test="$label"><xsl:apply-templates select="$label/node()" mode="#current"/></xsl:when>
              <xsl:otherwise>Stamp:</xsl:otherwise>
            </xsl:choose>
          </span>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:apply-templates mode="#current"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="stamp" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:choose>
          <xsl:when test="exists(tc:label-of(.))">
            <xsl:apply-templates mode="#current"/>
            <xsl:value-of select="tc:brackets(.)[2]"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="tc:bracketed">
              <xsl:with-param name="content" as="item()*">
                <xsl:if test="empty(note)">Stamp: </xsl:if>
                <xsl:apply-templates mode="#current"/>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Deletions: gone from the reading text (their label with them), struck through as
       transcribed, inside the bracket their label opens. -->
  <xsl:template match="del" mode="reading"/>

  <xsl:template match="del" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="name" select="'del'"/>
    </xsl:call-template>
    <xsl:if test="exists(tc:label-of(.))"><xsl:value-of select="tc:brackets(.)[2]"/></xsl:if>
  </xsl:template>

  <!-- Uncertain readings: text [?] as transcribed. -->
  <xsl:template match="unclear" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:apply-templates mode="#current"/>
        <xsl:text> [?]</xsl:text>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Glyphs (e.g. the empty form box): the charDecl's standard mapping to read,
       its transcription mapping ("[ ]") as transcribed. -->
  <xsl:template match="g" mode="reading">
    <xsl:call-template name="tc:glyph">
      <xsl:with-param name="mappings" select="'standard'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="g" mode="diplomatic">
    <xsl:call-template name="tc:glyph">
      <xsl:with-param name="mappings" select="'transcription', 'standard'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tc:glyph">
    <xsl:param name="mappings" as="xs:string+"/>
    <xsl:variable name="glyph" select="key('tc:by-id', substring-after(@ref, '#'), root(.))"/>
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:choose>
          <xsl:when test="node()"><xsl:apply-templates mode="#current"/></xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="(for $m in $mappings return $glyph/mapping[@type = $m], '☐')[1]"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A blank left in a form: an empty line to read, and as transcribed too where the
       transcription did not describe it in brackets (other projects' spaces). -->
  <xsl:template match="space" mode="reading diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:if test="desc"><xsl:attribute name="title" select="normalize-space(string-join(desc, ' '))"/></xsl:if>
        <xsl:text>   </xsl:text>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A blank the translator described: [description] as transcribed. -->
  <xsl:template match="space[desc]" mode="diplomatic">
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:call-template name="tc:bracketed">
          <xsl:with-param name="content" as="item()*">
            <xsl:apply-templates select="desc/node()" mode="#current"/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A change of hand: marked as transcribed, invisible to read. -->
  <xsl:template match="handShift" mode="reading">
    <span class="{tc:classes(.)}"/>
  </xsl:template>

  <xsl:template match="handShift" mode="diplomatic">
    <span class="{tc:classes(.)}">[<xsl:value-of select="(tc:hand-name(@new, .) ! ('hand: ' || .), 'the hand changes')[1]"/>]</span>
  </xsl:template>

  <!-- Quoted words: typographic quotes to read, the typewriter's quotes as transcribed. -->
  <xsl:template match="q" mode="reading">
    <xsl:call-template name="tc:quoted">
      <xsl:with-param name="marks" select="'“', '”'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="q" mode="diplomatic">
    <xsl:call-template name="tc:quoted">
      <xsl:with-param name="marks" select="'&quot;', '&quot;'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A quotation of whole paragraphs has its marks in blocks of their own (class quote-mark),
       which CSS keeps with the paragraphs: a bare mark would make a line of its own that a page
       break can strand. -->
  <xsl:template name="tc:quoted">
    <xsl:param name="marks" as="xs:string+"/>
    <xsl:variable name="blocks" select="tc:contains-block(.)"/>
    <xsl:call-template name="tc:element">
      <xsl:with-param name="content" as="item()*">
        <xsl:choose>
          <xsl:when test="$blocks">
            <span class="quote-mark quote-open"><xsl:value-of select="$marks[1]"/></span>
            <xsl:apply-templates mode="#current"/>
            <span class="quote-mark quote-close"><xsl:value-of select="$marks[2]"/></span>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="$marks[1]"/>
            <xsl:apply-templates mode="#current"/>
            <xsl:value-of select="$marks[2]"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>

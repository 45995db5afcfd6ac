<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry point: one TEI document → its page of the HTML edition.

  The page: citation metadata in the head (Highwire citation_* and Dublin Core, read by Zotero),
  a metadata panel, the text in a reading and a diplomatic view (xslt/common, switched by
  assets/edition.js; without script both are shown), numbered notes with back-links, the
  source's front matter and archive record, "Cite this document", downloads, previous/next.

  Parameters (set by teiconv.html): $page-id (file name without .html), $prev-id/$prev-title,
  $next-id/$next-title ('' at the ends), $has-text and $has-pdf (which downloads exist).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:h="urn:teiconv:html"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:tc="urn:teiconv:text"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/text.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="layout.xsl"/>
  <xsl:include href="names.xsl"/>

  <xsl:param name="page-id" as="xs:string" select="''"/>
  <xsl:param name="prev-id" as="xs:string" select="''"/>
  <xsl:param name="prev-title" as="xs:string" select="''"/>
  <xsl:param name="next-id" as="xs:string" select="''"/>
  <xsl:param name="next-title" as="xs:string" select="''"/>
  <xsl:param name="has-text" as="xs:boolean" select="false()"/>
  <xsl:param name="has-pdf" as="xs:boolean" select="false()"/>
  <!-- The document's Chicago citation, made with the other formats by teiconv.html.citations. -->
  <xsl:param name="citation" as="xs:string" select="''"/>

  <!-- Headings inside the text start below the page's h1, the "Text" h2 and the view's h3. -->
  <xsl:param name="tc:heading-level" as="xs:integer" select="4"/>

  <!-- Any root: a TEI document, a corpus, or a text, surface, facsimile or sourceDoc of its own. -->
  <xsl:template match="/">
    <xsl:apply-templates select="*" mode="h:page"/>
  </xsl:template>

  <xsl:template match="*" mode="h:page">
    <xsl:variable name="r" select="h:metadata(.)"/>
    <xsl:variable name="id" select="if ($page-id) then $page-id else $r?id"/>
    <xsl:call-template name="h:page">
      <xsl:with-param name="page" select="'document'"/>
      <xsl:with-param name="file" select="$id || '.html'"/>
      <xsl:with-param name="title" select="string-join(($r?title, $edition-title), ' · ')"/>
      <xsl:with-param name="head" as="item()*">
        <xsl:call-template name="h:citation-meta">
          <xsl:with-param name="r" select="$r"/>
          <xsl:with-param name="id" select="$id"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="content" as="item()*">
        <article class="document kind-{$r?kind} type-{tc:token($r?type)}" aria-labelledby="doc-title">
          <header class="doc-header">
            <p class="doc-kicker">
              <span class="doc-type"><xsl:value-of select="$r?type-label"/></span>
              <xsl:if test="$r?date-text">
                <xsl:text> · </xsl:text>
                <time datetime="{tc:html-datetime($r?when)}"><xsl:value-of select="$r?date-text"/></time>
              </xsl:if>
            </p>
            <h1 id="doc-title"><xsl:value-of select="$r?title"/></h1>
          </header>
          <div class="doc-layout">
            <xsl:call-template name="h:metadata-panel">
              <xsl:with-param name="r" select="$r"/>
            </xsl:call-template>
            <div class="doc-main">
              <xsl:call-template name="h:views">
                <xsl:with-param name="parts" select="h:parts(.)"/>
              </xsl:call-template>
              <xsl:call-template name="h:notes"/>
              <xsl:apply-templates select="text/front[*]" mode="h:source-part"/>
              <xsl:apply-templates select="text/back[*]" mode="h:source-part"/>
              <xsl:call-template name="h:cite">
                <xsl:with-param name="r" select="$r"/>
                <xsl:with-param name="id" select="$id"/>
              </xsl:call-template>
              <xsl:call-template name="h:downloads">
                <xsl:with-param name="id" select="$id"/>
              </xsl:call-template>
            </div>
          </div>
          <xsl:call-template name="h:prev-next"/>
        </article>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Machine-readable citation: Highwire Press tags and Dublin Core. -->
  <xsl:template name="h:citation-meta">
    <xsl:param name="r" as="map(*)"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="meta" as="element()*">
      <meta name="citation_title" content="{$r?title}"/>
      <xsl:for-each select="array:flatten($r?authors)">
        <meta name="citation_author" content="{.}"/>
      </xsl:for-each>
      <meta name="citation_date" content="{translate($r?date, '-', '/')}"/>
      <meta name="citation_publisher" content="{$edition-publisher}"/>
      <meta name="citation_language" content="{$r?language}"/>
      <meta name="citation_abstract" content="{$r?summary}"/>
      <meta name="citation_keywords" content="{string-join((array:flatten($r?classification), array:flatten($r?keywords)), '; ')}"
           />
      <meta name="citation_public_url" content="{h:page-url($id || '.html')}"/>
      <meta name="citation_pdf_url" content="{if ($has-pdf) then h:page-url('downloads/' || $id || '.pdf') else ''}"/>
      <meta name="DC.title" content="{$r?title}"/>
      <xsl:for-each select="array:flatten($r?authors)">
        <meta name="DC.creator" content="{.}"/>
      </xsl:for-each>
      <xsl:for-each select="array:flatten($r?translators)">
        <meta name="DC.contributor" content="{.}"/>
      </xsl:for-each>
      <meta name="DC.date" content="{$r?date}"/>
      <meta name="DC.type" content="Text"/>
      <meta name="DC.format" content="text/html"/>
      <meta name="DC.language" content="{$r?language}"/>
      <meta name="DC.publisher" content="{$edition-publisher}"/>
      <meta name="DC.relation.isPartOf" content="{$edition-title}"/>
      <meta name="DC.identifier" content="{(h:page-url($id || '.html'), $id)[1]}"/>
      <meta name="DC.source" content="{string-join(($r?repository, $r?shelfmark, $r?archive, $r?record[. ne ''] ! ('record ' || .), $r?archive-url)[. ne ''], ', ')}"/>
      <meta name="DC.description" content="{$r?summary}"/>
      <xsl:for-each select="array:flatten($r?classification), array:flatten($r?keywords)">
        <meta name="DC.subject" content="{.}"/>
      </xsl:for-each>
      <meta name="DC.rights" content="{$r?rights}"/>
    </xsl:variable>
    <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
    <xsl:sequence select="$meta[normalize-space(@content)]"/>
  </xsl:template>

  <xsl:template name="h:metadata-panel">
    <xsl:param name="r" as="map(*)"/>
    <aside class="metadata" aria-labelledby="metadata-title">
      <h2 id="metadata-title">About this document</h2>
      <dl>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Date'"/>
          <xsl:with-param name="value" select="$r?date-text"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Title'"/>
          <xsl:with-param name="value" select="$r?title"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Type'"/>
          <xsl:with-param name="value" select="$r?type-label"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="if (teiHeader/profileDesc/correspDesc/correspAction[@type = 'sent'])
                                               then 'Sender' else 'Author'"/>
          <xsl:with-param name="value" select="h:names($r?authors?*)"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Recipient'"/>
          <xsl:with-param name="value" select="h:names($r?recipients?*)"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Archive'"/>
          <xsl:with-param name="value" select="$r?repository"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Archival reference'"/>
          <xsl:with-param name="value" select="$r?shelfmark"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Original language'"/>
          <xsl:with-param name="value" select="$r?original-language"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Translator'"/>
          <xsl:with-param name="value" select="h:names($r?translators?*)"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Classification'"/>
          <xsl:with-param name="value" select="string-join($r?classification?*, '; ')"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Keywords'"/>
          <xsl:with-param name="value" select="string-join($r?keywords?*, '; ')"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Summary'"/>
          <xsl:with-param name="value" select="$r?summary"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Credits'"/>
          <xsl:with-param name="value" select="string-join(text/front/div[@type = 'credits']/(* except head) ! h:text(.), ' ')"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Funded by'"/>
          <xsl:with-param name="value" select="string-join($r?funders?*, '; ')"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'Rights of the source'"/>
          <xsl:with-param name="value" select="$r?rights"/>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'In the archive'"/>
          <xsl:with-param name="value" as="item()*">
            <xsl:if test="$r?archive-url">
              <a href="{$r?archive-url}">Record<xsl:value-of select="$r?record[. ne ''] ! (' ' || .)"/> at the archive</a>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
    </aside>
  </xsl:template>

  <!-- The text in both views; the reading view is the one shown first. -->
  <xsl:template name="h:views">
    <xsl:param name="parts" as="element()*"/>
    <xsl:variable name="lang" select="string(((text, .)/ancestor-or-self::*/@xml:lang)[last()])"/>
    <section class="text-views" aria-labelledby="text-title">
      <h2 id="text-title">Text</h2>
      <div class="view-switch" role="group" aria-label="Choose a view of the text">
        <button type="button" data-view="reading" aria-pressed="true">Reading text</button>
        <button type="button" data-view="diplomatic" aria-pressed="false">Bracketed transcription</button>
      </div>
      <div class="view view-reading" id="view-reading" data-view="reading">
        <xsl:if test="$lang"><xsl:attribute name="lang" select="$lang"/></xsl:if>
        <h3 class="view-title" lang="en">Reading text</h3>
        <xsl:call-template name="h:legend">
          <xsl:with-param name="parts" select="$parts"/>
        </xsl:call-template>
        <xsl:apply-templates select="$parts" mode="reading"/>
      </div>
      <div class="view view-diplomatic" id="view-diplomatic" data-view="diplomatic">
        <xsl:if test="$lang"><xsl:attribute name="lang" select="$lang"/></xsl:if>
        <h3 class="view-title" lang="en">Bracketed transcription</h3>
        <p class="view-legend" lang="en">The translator's transcription with its own brackets, as the
          archive published it: [supplied words], [sic], ABBR [expansion], translation [original term],
          [illegible] or ????, □ for a character the export lost, [ ] for an empty form box.</p>
        <xsl:apply-templates select="$parts" mode="diplomatic"/>
      </div>
    </section>
  </xsl:template>

  <!-- The reading text's legend: only the marks this text uses, each shown as it looks. -->
  <xsl:template name="h:legend">
    <xsl:param name="parts" as="element()*"/>
    <xsl:variable name="body" select="$parts"/>
    <xsl:variable name="entries" as="element()*">
      <xsl:if test="$body//supplied">
        <li><span class="tei-supplied apparatus"><span class="apparatus-mark">[</span>word<span class="apparatus-mark">]</span></span> supplied by the translator or editor</li>
      </xsl:if>
      <xsl:if test="$body//sic">
        <li><span class="sic-flag apparatus">sic</span> thus in the original</li>
      </xsl:if>
      <xsl:if test="$body//choice[abbr]">
        <li><abbr class="tei-choice" title="expansion shown on hover">ABBR</abbr> abbreviation: point at it for its expansion</li>
      </xsl:if>
      <xsl:if test="$body//gap[not(@reason = 'unrendered')]">
        <li><span class="tei-gap apparatus">⟨illegible⟩</span> a gap, with its description</li>
      </xsl:if>
      <xsl:if test="$body//gap[@reason = 'unrendered']">
        <li><span class="tei-gap apparatus">□</span> a character lost in the archive's export</li>
      </xsl:if>
      <xsl:if test="$body//add[@hand] | $body//stamp">
        <li><span class="legend-annotation">boxed</span> a handwritten addition or a stamp, described</li>
      </xsl:if>
    </xsl:variable>
    <xsl:if test="exists($entries)">
      <details class="view-legend" lang="en">
        <summary>Marks in this text</summary>
        <ul><xsl:sequence select="$entries"/></ul>
      </details>
    </xsl:if>
  </xsl:template>

  <xsl:template name="h:notes">
    <xsl:variable name="notes" select="tc:numbered-notes(if (self::TEI) then text else .)"/>
    <xsl:if test="$notes">
      <section class="notes" aria-labelledby="notes-title" role="doc-endnotes">
        <h2 id="notes-title">Notes</h2>
        <ol>
          <xsl:apply-templates select="$notes" mode="note-body"/>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The source page's own front matter and archive record, kept in full. -->
  <xsl:template match="front | back" mode="h:source-part">
    <details class="source-part source-{local-name()}">
      <summary><xsl:value-of select="if (self::front) then 'Front matter of the source page'
                                     else 'Archive record of the source page'"/></summary>
      <xsl:apply-templates select="." mode="reading"/>
    </details>
  </xsl:template>

  <!-- How to cite the page: as this edition's document, with the archive's record beside it. -->
  <xsl:template name="h:cite">
    <xsl:param name="r" as="map(*)"/>
    <xsl:param name="id" as="xs:string"/>
    <section class="cite" id="cite" aria-labelledby="cite-title">
      <h2 id="cite-title">Cite this document</h2>
      <p class="citation-chicago"><xsl:value-of select="$citation"/></p>
      <dl class="cite-addresses">
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'In this edition'"/>
          <xsl:with-param name="value" as="item()*">
            <xsl:for-each select="h:page-url($id || '.html')"><a href="{.}"><xsl:value-of select="."/></a></xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:field">
          <xsl:with-param name="label" select="'The archive’s record'"/>
          <xsl:with-param name="value" as="item()*">
            <xsl:value-of select="string-join(($r?archive, $r?record[. ne ''] ! ('record ' || .))[. ne ''], ', ')"/>
            <xsl:for-each select="$r?archive-url[. ne '']">
              <xsl:text> </xsl:text><a href="{.}"><xsl:value-of select="."/></a>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
      <ul class="citation-downloads">
        <li><a href="downloads/{$id}.bib" download="">BibTeX</a></li>
        <li><a href="downloads/{$id}.ris" download="">RIS</a></li>
        <li><a href="downloads/{$id}.csl.json" download="">CSL-JSON</a></li>
      </ul>
    </section>
  </xsl:template>

  <xsl:template name="h:downloads">
    <xsl:param name="id" as="xs:string"/>
    <section class="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">Downloads</h2>
      <ul>
        <li><a href="downloads/{$id}.xml" download="">TEI XML</a></li>
        <xsl:if test="$has-text"><li><a href="downloads/{$id}.txt" download="">Plain text</a></li></xsl:if>
        <xsl:if test="$has-pdf"><li><a href="downloads/{$id}.pdf" download="">PDF</a></li></xsl:if>
      </ul>
    </section>
  </xsl:template>

  <xsl:template name="h:prev-next">
    <nav class="prev-next" aria-label="Previous and next document">
      <ul>
        <xsl:if test="$prev-id">
          <li class="prev"><a href="{$prev-id}.html" rel="prev">← <xsl:value-of select="$prev-title"/></a></li>
        </xsl:if>
        <li class="up"><a href="index.html">All documents</a></li>
        <xsl:if test="$next-id">
          <li class="next"><a href="{$next-id}.html" rel="next"><xsl:value-of select="$next-title"/> →</a></li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>

</xsl:stylesheet>

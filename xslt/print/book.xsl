<?xml version="1.0" encoding="UTF-8"?>
<!--
  The whole edition as one book: title page, contents, editorial principles, the documents in
  date order, list of sources (and the index of names, names.xsl).  Page numbers in the contents come from CSS target-counter(),
  so this stylesheet only links each entry to the article it names.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:print="urn:teiconv:print"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- Documents by date; undated ones last, ties by id, so the order never depends on input order. -->
  <xsl:function name="print:in-date-order" as="element()*">
    <xsl:param name="documents" as="element()*"/>
    <xsl:perform-sort select="$documents">
      <xsl:sort select="empty(print:when(.))"/>
      <xsl:sort select="print:when(.)"/>
      <xsl:sort select="print:id(.)"/>
    </xsl:perform-sort>
  </xsl:function>

  <!-- The title the editor declared, else the collection's, else a plain description. -->
  <xsl:function name="print:edition-title" as="xs:string">
    <xsl:param name="collection" as="element()?"/>
    <xsl:sequence select="($edition-title[normalize-space()],
                           $collection/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title
                           [normalize-space()] ! normalize-space(), 'Documents from the Archive')[1]"/>
  </xsl:function>

  <!-- "1941–1946": the span the edition covers, from its documents' dates. -->
  <xsl:function name="print:span" as="xs:string?">
    <xsl:param name="documents" as="element()*"/>
    <xsl:variable name="years" select="sort(distinct-values($documents ! print:when(.) ! substring(., 1, 4)))"/>
    <xsl:sequence select="if (empty($years)) then ()
                          else string-join(distinct-values(($years[1], $years[last()])), '–')"/>
  </xsl:function>

  <xsl:template name="print:title-page">
    <xsl:param name="documents" as="element()*"/>
    <xsl:param name="collection" as="element()?"/>
    <section class="title-page">
      <h1 class="edition-title"><xsl:value-of select="print:edition-title($collection)"/></h1>
      <p class="edition-span"><xsl:value-of select="print:span($documents)"/></p>
      <p class="edition-count"><xsl:value-of select="count($documents)"/>
        <xsl:value-of select="if (count($documents) = 1) then ' document' else ' documents'"/></p>
      <p class="edition-editors">Edited by <xsl:value-of select="$edition-editors"/></p>
      <xsl:for-each select="$edition-version[normalize-space()]">
        <p class="edition-version">Version <xsl:value-of select="."/></p>
      </xsl:for-each>
      <xsl:for-each select="$edition-publisher[normalize-space()]">
        <p class="edition-publisher"><xsl:value-of select="."/></p>
      </xsl:for-each>
      <xsl:variable name="archives" select="distinct-values($documents/tei:teiHeader/tei:fileDesc
          /(tei:sourceDesc/tei:bibl/tei:publisher, tei:publicationStmt/tei:publisher)[1] ! normalize-space())"/>
      <xsl:if test="exists($archives)">
        <p class="edition-sources">From the records and translations of
          <xsl:value-of select="string-join($archives, ', ')"/></p>
      </xsl:if>
      <xsl:for-each select="$edition-licence[normalize-space()]">
        <p class="edition-licence">Licence of the edition: <xsl:value-of select="."/></p>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- The collection's own page: its description and the documents it points to. -->
  <xsl:template name="print:introduction">
    <xsl:param name="collection" as="element()?"/>
    <xsl:for-each select="$collection">
      <section class="introduction">
        <h1 id="introduction">About the collection</h1>
        <xsl:apply-templates mode="diplomatic" select="tei:text/tei:body/node()"/>
      </section>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="print:contents">
    <xsl:param name="documents" as="element()*"/>
    <xsl:param name="collection" as="element()?"/>
    <nav class="toc">
      <h1 id="contents">Contents</h1>
      <ol>
        <xsl:if test="$collection">
          <li class="toc-part"><a href="#introduction">About the collection</a></li>
        </xsl:if>
        <li class="toc-part"><a href="#principles">Editorial principles</a></li>
        <xsl:for-each select="$documents">
          <li class="toc-document"><a href="#{print:id(.)}">
            <span class="toc-date"><xsl:value-of select="print:date-label(.)"/></span>
            <xsl:text> </xsl:text>
            <span class="toc-title"><xsl:value-of select="print:title(.)"/></span></a></li>
        </xsl:for-each>
        <li class="toc-part"><a href="#sources">List of sources</a></li>
        <xsl:if test="exists($documents//(tei:persName | tei:placeName | tei:orgName)[not(ancestor::tei:teiHeader)][@ref][print:registered(@ref)])">
          <li class="toc-part"><a href="#names-index">Index of names</a></li>
        </xsl:if>
      </ol>
    </nav>
  </xsl:template>

  <!-- The principles in plain words: how the text is printed, each mark the documents use
       explained once. (The encoders' own statements are in each TEI file's header.) -->
  <xsl:template name="print:principles">
    <xsl:param name="documents" as="element()*"/>
    <xsl:param name="collection" as="element()?"/>
    <xsl:variable name="texts" select="$documents/tei:text"/>
    <section class="principles">
      <h1 id="principles">Editorial principles</h1>
      <p>Each document is printed as the translator transcribed it, with the transcription’s own
        marks kept, so that nothing the archive published is lost or changed. The marks are these:</p>
      <dl class="key">
        <xsl:if test="$texts//tei:supplied"><dt>[text]</dt><dd>words supplied by the translator or editor</dd></xsl:if>
        <xsl:if test="$texts//tei:sic"><dt>text [<i>sic</i>]</dt><dd>the source’s wording, kept although it looks wrong</dd></xsl:if>
        <xsl:if test="$texts//tei:choice[tei:abbr] | $texts//tei:expan"><dt>ABBR [expansion]</dt><dd>an abbreviation and what it stands for</dd></xsl:if>
        <xsl:if test="$texts//tei:foreign[@resp]"><dt>translation [term]</dt><dd>the original-language word after its translation</dd></xsl:if>
        <xsl:if test="$texts//tei:gap[not(@reason = 'unrendered')]"><dt>[description] or ????</dt><dd>words or letters that could not be read</dd></xsl:if>
        <xsl:if test="$texts//tei:gap[@reason = 'unrendered']"><dt>□</dt><dd>a character lost when the archive exported its page</dd></xsl:if>
        <xsl:if test="$texts//tei:g"><dt>[ ]</dt><dd>an empty box on a printed form</dd></xsl:if>
        <xsl:if test="$texts//tei:add[@hand]"><dt>boxed text</dt><dd>a handwritten addition, with its hand and the editor’s description</dd></xsl:if>
        <xsl:if test="$texts//tei:stamp"><dt>framed text</dt><dd>a stamp</dd></xsl:if>
        <xsl:if test="$texts//tei:note"><dt>footnotes</dt><dd>the editor’s and the translator’s notes</dd></xsl:if>
      </dl>
    </section>
  </xsl:template>

  <xsl:template name="print:sources">
    <xsl:param name="documents" as="element()*"/>
    <section class="sources">
      <h1 id="sources">List of sources</h1>
      <ol>
        <xsl:for-each select="$documents">
          <li>
            <a class="source-title" href="#{print:id(.)}"><xsl:value-of select="print:title(.)"/></a>
            <xsl:for-each select="print:date-label(.)">, <xsl:value-of select="."/></xsl:for-each>.
            <xsl:for-each select="print:shelfmark(.)"><xsl:value-of select="."/>. </xsl:for-each>
            <xsl:for-each select="tei:teiHeader//tei:sourceDesc/tei:bibl">
              <!-- the title is the entry's link already; the address follows -->
              <xsl:variable name="facts" select="*[not(self::tei:ptr or self::tei:title)][normalize-space()]
                                                 ! normalize-space()"/>
              <xsl:if test="exists($facts)">
                <xsl:value-of select="string-join($facts, ', ')"/>
                <xsl:text>. </xsl:text>
              </xsl:if>
            </xsl:for-each>
            <xsl:for-each select="print:url(.)"><a href="{.}"><xsl:value-of select="."/></a></xsl:for-each>
          </li>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:template>

</xsl:stylesheet>

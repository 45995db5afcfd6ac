<?xml version="1.0" encoding="UTF-8"?>
<!--
  One TEI document as a printed article: heading, citation block, text, administrative notes,
  archive record.  The same article is a standalone PDF and a chapter of the edition, so it
  knows nothing about which of the two it is in.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:print="urn:teiconv:print"
    xmlns:tc="urn:teiconv:text"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- Facts about a document, read from its header with the front matter as fallback.  A
       document is its root element: a TEI, or a teiCorpus, text, surface, facsimile or sourceDoc
       of its own (another project's file); what such a root lacks is simply not printed. -->

  <!-- The document's text element: the TEI's, or the root itself when it is one. -->
  <xsl:function name="print:text" as="element(tei:text)?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="($tei/self::tei:text, $tei/tei:text)[1]"/>
  </xsl:function>

  <!-- What the article prints as the text: the text's body (or, lacking body and group, its
       own divisions; its front and back go to the heading and the record) and a TEI's sourceDoc;
       a corpus's documents; a surface, facsimile or sourceDoc of its own whole. -->
  <xsl:function name="print:text-parts" as="node()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="if ($tei/self::tei:teiCorpus) then $tei/(tei:TEI | tei:teiCorpus)
                          else if (empty(print:text($tei)) and not($tei/self::tei:TEI)) then $tei
                          else (print:text($tei)/(if (tei:body | tei:group) then tei:body/node() | tei:group
                                                  else * except (tei:front | tei:back)),
                                $tei/tei:sourceDoc)"/>
  </xsl:function>

  <!-- The source's front matter the heading has not said yet: its masthead (the export's
       banner, a printed imprint), a title page, bylines.  Not the date and title the heading
       prints (a title page gives its other parts), nor the front's divisions (the citation and
       summary in the heading, the others in the record). -->
  <xsl:function name="print:front-matter" as="element()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="title" select="print:letters(print:title($tei))"/>
    <xsl:variable name="front" select="print:text($tei)/tei:front"/>
    <xsl:variable name="said" select="$front/(tei:docDate[normalize-space() = print:date-label($tei)]
                                      | (tei:docTitle | tei:titlePage/tei:docTitle)[print:letters(.) = $title])"/>
    <xsl:for-each select="$front/* except ($front/*[print:division(.)], $said)">
      <xsl:sequence select="if (exists(* intersect $said)) then * except $said else ."/>
    </xsl:for-each>
  </xsl:function>

  <!-- A division: div, or a numbered div1 to div7. -->
  <xsl:function name="print:division" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/self::tei:*[matches(local-name(), '^div[1-7]?$')])"/>
  </xsl:function>

  <!-- A title's letters and digits only: "TsEKA [Central Committee]" in the header and the same
       title marked up in the front are one title. -->
  <xsl:function name="print:letters" as="xs:string">
    <xsl:param name="text" as="item()?"/>
    <xsl:sequence select="lower-case(replace(string($text), '[^\p{L}\p{N}]', ''))"/>
  </xsl:function>

  <!-- The identifier the document gives itself: our edition's idno, else the root's xml:id (as
       other projects' files carry it); none for a file that names itself nowhere. -->
  <xsl:function name="print:stable-id" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="($tei/tei:teiHeader//tei:publicationStmt/tei:idno[@type = 'teiconv'],
                           $tei/@xml:id)[normalize-space()][1] ! normalize-space()"/>
  </xsl:function>

  <!-- The document's identifier for anchors, made up only where it names none (never printed). -->
  <xsl:function name="print:id" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="(print:stable-id($tei), 'doc-' || generate-id($tei))[1]"/>
  </xsl:function>

  <xsl:function name="print:title" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="(tc:document-title($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title),
                           print:text($tei)/tei:front/(tei:docTitle | tei:titlePage/tei:docTitle),
                           print:file-name($tei), 'Untitled document')
                          [normalize-space()][1] ! normalize-space()"/>
  </xsl:function>

  <!-- The name of the document's file without its extension (teiconv.pdf gives each parsed file
       its address as base URI): the title of a file that names none, as on its web page. -->
  <xsl:function name="print:file-name" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="tokenize(string(base-uri(root($tei))), '/')[last()] ! replace(., '\.[^.]*$', '')"/>
  </xsl:function>

  <xsl:function name="print:when" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="($tei/tei:teiHeader/tei:profileDesc/tei:creation/tei:date/(@when, @from, @notBefore),
                           print:text($tei)/tei:front/tei:docDate/@when)[1] ! string()"/>
  </xsl:function>

  <xsl:function name="print:date-label" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="(print:text($tei)/tei:front/tei:docDate,
                           $tei/tei:teiHeader/tei:profileDesc/tei:creation/tei:date)
                          [normalize-space()][1] ! normalize-space()"/>
  </xsl:function>

  <!-- The archive's canonical address of the document's record: made from the record number
       by $edition-archive-record-url, so that a mirror's or staging host's address in the
       export is never what a reader cites; else the address the header gives. -->
  <xsl:function name="print:url" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="record" select="normalize-space(($tei/tei:teiHeader/tei:fileDesc//tei:idno[@type = 'record'])[1])"/>
    <xsl:sequence select="if ($record and $edition-archive-record-url)
                          then replace($edition-archive-record-url, '\{record\}', $record)
                          else ($tei/tei:teiHeader/tei:fileDesc//tei:idno[@type = 'URL'])[1] ! tc:link-target(.)"/>
  </xsl:function>

  <!-- "RGASPI, f. 558, op. 11, d. 317, ll. 0069-0072": the archival signature in one line
       (a manuscript's name is its title, not part of the signature). -->
  <xsl:function name="print:shelfmark" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="parts" select="$tei/tei:teiHeader//tei:msDesc/tei:msIdentifier
                                       /(* except (tei:msName | tei:altIdentifier))
                                       [normalize-space()] ! normalize-space()"/>
    <xsl:sequence select="if (exists($parts)) then string-join($parts, ', ') else ()"/>
  </xsl:function>

  <xsl:function name="print:summary" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="($tei/tei:teiHeader/tei:profileDesc/tei:abstract,
                           $tei/tei:text/tei:front/tei:div[@type = 'summary']/tei:p)
                          [normalize-space()][1] ! normalize-space()"/>
  </xsl:function>

  <xsl:function name="print:keywords" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="distinct-values(($tei/tei:teiHeader/tei:profileDesc/tei:textClass
                          //tei:term, $tei/tei:text/tei:body/tei:div[@type = 'document']/@subtype)
                          [normalize-space()] ! normalize-space())"/>
  </xsl:function>

  <!-- The document's authors as the archive record names them, else its publisher. -->
  <xsl:function name="print:author" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="($tei/tei:text/tei:back//tei:list[@type = 'gloss']/tei:label
                           [starts-with(normalize-space(), 'Author')]/following-sibling::tei:item[1],
                           $tei/tei:teiHeader//tei:sourceDesc/tei:bibl/tei:publisher,
                           $tei/tei:teiHeader//tei:publicationStmt/tei:publisher)
                          [normalize-space()][1] ! normalize-space()"/>
  </xsl:function>

  <!-- The source's rights as its page states them (teiconv keeps them with the source's bibl);
       a TEI file from elsewhere may state them only in its publication statement. -->
  <xsl:function name="print:source-rights" as="element(tei:availability)?">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="($tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:availability,
                           $tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability)[1]"/>
  </xsl:function>

  <xsl:function name="print:language" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="($tei/@xml:lang, $tei/tei:text/@xml:lang,
                           $tei/tei:teiHeader//tei:langUsage/tei:language/@ident, 'en')[1] ! string()"/>
  </xsl:function>

  <!-- The article. -->

  <xsl:template mode="print:article" match="*">
    <article class="document {tei:text/tei:body/tei:div[@type = 'document']/@subtype}"
             id="{print:id(.)}" lang="{print:language(.)}">
      <xsl:call-template name="print:article-head"/>
      <xsl:apply-templates mode="diplomatic" select="print:text-parts(.)"/>
      <xsl:call-template name="print:article-record"/>
    </article>
  </xsl:template>

  <xsl:template name="print:article-head">
    <header class="doc-head">
      <p class="doc-date"><xsl:value-of select="print:date-label(.)"/></p>
      <h1 class="doc-title" data-outline="{string-join((print:when(.) ! substring(., 1, 10),
                                                       print:title(.)), ' ')}">
        <xsl:value-of select="print:title(.)"/>
      </h1>
      <xsl:variable name="front-matter" select="print:front-matter(.)"/>
      <xsl:if test="exists($front-matter)">
        <div class="front-matter"><xsl:apply-templates mode="diplomatic" select="$front-matter"/></div>
      </xsl:if>
      <xsl:call-template name="print:citation-block"/>
      <xsl:for-each select="print:summary(.)">
        <p class="summary"><xsl:value-of select="."/></p>
      </xsl:for-each>
    </header>
  </xsl:template>

  <!-- How to cite the document, with its stable URL (or, without one, its stable id), on its
       first page. -->
  <xsl:template name="print:citation-block">
    <xsl:variable name="translators" select="tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:respStmt"/>
    <div class="citation-block">
      <xsl:for-each select="print:text(.)/tei:front/tei:div[@type = 'citation']/tei:p">
        <p class="cite"><xsl:apply-templates mode="diplomatic"/></p>
      </xsl:for-each>
      <xsl:variable name="url" select="print:url(.)"/>
      <xsl:for-each select="$url">
        <p class="stable-url">The archive’s record: <a href="{.}"><xsl:value-of select="."/></a></p>
      </xsl:for-each>
      <xsl:for-each select="print:stable-id(.)[empty($url)]">
        <p class="stable-id">Edition identifier: <xsl:value-of select="."/></p>
      </xsl:for-each>
      <xsl:for-each select="print:shelfmark(.)">
        <p class="shelfmark">Archive: <xsl:value-of select="."/></p>
      </xsl:for-each>
      <xsl:for-each select="$translators">
        <p class="resp"><xsl:value-of select="normalize-space(tei:resp)"/>
          <xsl:text> </xsl:text><xsl:value-of select="normalize-space(string-join(tei:persName | tei:name, ', '))"/></p>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- Everything else the export page said about the document, after the text. -->
  <xsl:template name="print:article-record">
    <xsl:variable name="front" select="print:text(.)/tei:front/*[print:division(.)][not(@type = ('citation', 'summary'))]"/>
    <xsl:variable name="record" select="print:text(.)/tei:back/node()"/>
    <xsl:variable name="licence" select="print:source-rights(.)"/>
    <xsl:if test="$front or $record[normalize-space()] or $licence">
      <footer class="doc-record">
        <xsl:apply-templates mode="diplomatic" select="$front, $record"/>
        <xsl:for-each select="$licence">
          <div class="licence"><xsl:apply-templates mode="diplomatic"/></div>
        </xsl:for-each>
      </footer>
    </xsl:if>
  </xsl:template>

  <!-- The archive record lists every field of the export, filled or not; paper prints the
       filled ones (an empty field has no words to lose). -->
  <xsl:template mode="diplomatic" match="tei:back//tei:list[@type = 'gloss']">
    <xsl:variable name="tei" select="ancestor::tei:TEI[1]"/>
    <xsl:variable name="said" select="(print:summary($tei), print:title($tei),
        print:source-rights($tei) ! normalize-space())"/>
    <!-- printed elsewhere already: empty fields, and fields repeating the summary, the title or
         the licence (each fact once) -->
    <xsl:variable name="empty" select="tei:item[(not(normalize-space()) and not(*)) or normalize-space() = $said]"/>
    <dl class="tei-list type-gloss">
      <xsl:for-each select="* except ($empty, $empty/preceding-sibling::*[1][self::tei:label])">
        <xsl:element name="{if (self::tei:label) then 'dt' else 'dd'}">
          <xsl:apply-templates mode="diplomatic"/>
        </xsl:element>
      </xsl:for-each>
    </dl>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the edition says about a document, read once from its teiHeader (included by the HTML
  drivers; record.xsl serialises it as JSON for the Python side: index, search, citations).

  h:record($root) is a map with string or array-of-string values; $root is a TEI document's
  root element, whatever it is (TEI, teiCorpus, or a header-less text, surface, facsimile or
  sourceDoc of another project: then only what the element itself says is known).
  h:metadata($root) is the same without "persons", "places" and "mentions", which read the whole
  text: what a document's page shows of it.
    id title when date year date-text kind type type-label language original-language
    original-language-code authors recipients translators repository shelfmark funders archive
    record archive-url rights summary classification keywords persons places mentions
  The words a search finds the document by are read from the same parts (h:parts) on the Python
  side (teiconv.html.search), which splits them as the site's script does: the text itself is
  not put in the record, whose JSON would carry it only to be read again.
  "shelfmark" is the readable archival reference (h:archival-reference), "rights" the source's
  rights as its page states them (sourceDesc/bibl/availability, else the publicationStmt's).
  "persons" and "places" are the ids of the register entries the text names (person:stalin →
  stalin), sorted; the index's filters show them by the register's usual form of the name.
  "mentions" counts the names anywhere in the document (its header too) by register entry
  ("person:stalin" → 3): the register pages list each entry's documents from it.
  "archive" is who published the document's record and translation (the translation's
  publisher in the sourceDesc, else the publicationStmt's); "archive-url" its canonical address,
  made from the record number by $edition-archive-record-url ("{record}" stands for the number)
  so that a mirror's or staging host's address in the export is never what a reader cites.
  The edition's own facts (editor, title, version) are the project's declaration
  (teiconv.edition), and the citations are made from both on the Python side (citations.py).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:h="urn:teiconv:html"
    xmlns:tc="urn:teiconv:text"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:param name="edition-archive-record-url" as="xs:string" select="''"/>

  <xsl:function name="h:record" as="map(xs:string, item())">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="map:merge((h:metadata($tei), map {
        'persons': array { h:registered($tei, 'person') },
        'places': array { h:registered($tei, 'place') },
        'mentions': h:mentions($tei)
      }))"/>
  </xsl:function>

  <xsl:function name="h:metadata" as="map(xs:string, item())">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="header" select="$tei/teiHeader"/>
    <!-- The document's date, or where a span or a decade it is dated by begins: what sorts it. -->
    <xsl:variable name="dating" select="$header/profileDesc/creation/date[1]"/>
    <xsl:variable name="when" select="string(($dating/(@when, @from, @notBefore),
                                              $tei/text/front/docDate/@when, $header//sourceDesc//date/@when)[1])"/>
    <xsl:variable name="kind" select="h:kind($tei)"/>
    <xsl:variable name="type" select="string(($tei/text/body/div[@type = 'document']/@subtype,
                                              $tei/text/body/div/@type[. ne 'registration'], $kind)[1])"/>
    <xsl:variable name="text-language" select="string(($tei/text/@xml:lang, $tei/@xml:lang, 'en')[1])"/>
    <xsl:variable name="original" select="h:original-language($header, $text-language)"/>
    <xsl:variable name="record" select="h:text(($header/fileDesc//idno[@type = 'record'])[1])"/>
    <xsl:sequence select="map {
        'id': h:id($tei),
        'title': h:text(tc:document-title($header/fileDesc/titleStmt/title)),
        'when': $when,
        'date': substring($when, 1, 10),
        'year': substring($when, 1, 4),
        'date-text': if ($dating[@cert or @from or @notBefore]) then normalize-space($dating) else h:date-text($when),
        'kind': $kind,
        'type': $type,
        'type-label': upper-case(substring($type, 1, 1)) || translate(substring($type, 2), '-', ' '),
        'language': $text-language,
        'original-language': string(($original ! h:language-label(.), h:language-label-for($text-language))[1]),
        'original-language-code': string(($original/@ident, $text-language)[1]),
        'authors': array { h:authors($tei) },
        'recipients': array { $header/profileDesc/correspDesc/correspAction[@type = 'received']
                                /(persName | orgName | name) ! h:text(.) },
        'translators': array { distinct-values(h:translators($header)) },
        'repository': string-join(for $place in ('repository', 'settlement', 'country')
                                  return $header/fileDesc/sourceDesc/msDesc/msIdentifier
                                         /*[local-name() = $place or ($place = 'repository' and self::institution)]
                                         ! h:text(.), ', '),
        'shelfmark': h:archival-reference($header/fileDesc/sourceDesc/msDesc),
        'funders': array { $header/fileDesc/titleStmt/funder ! h:text(.) },
        'archive': h:text(($header/fileDesc/sourceDesc/bibl/publisher,
                           $header/fileDesc/publicationStmt/(publisher | distributor | authority))[1]),
        'record': $record,
        'archive-url': if ($record and $edition-archive-record-url)
                       then replace($edition-archive-record-url, '\{record\}', $record)
                       else string(tc:link-target(($header/fileDesc//idno[@type = 'URL'],
                                                   $header/fileDesc/sourceDesc//ptr/@target)[1])),
        'rights': string-join(($header/fileDesc/sourceDesc/bibl/availability,
                               $header/fileDesc/publicationStmt/availability)[1] ! h:text(.), ' '),
        'summary': string-join($header/profileDesc/abstract ! h:text(.), ' '),
        'classification': array { $header/profileDesc/textClass/keywords[@scheme = '#classification']
                                  /term ! h:text(.) },
        'keywords': array { $header/profileDesc/textClass/keywords[not(@scheme = '#classification')]
                            /term ! h:text(.) }
      }"/>
  </xsl:function>

  <!-- How often the document names each register entry, anywhere in it: "person:stalin" → 3
       (a reference to person, place or org with an id after the colon). -->
  <xsl:function name="h:mentions" as="map(xs:string, xs:integer)">
    <xsl:param name="tei" as="element()"/>
    <xsl:map>
      <xsl:for-each-group select="$tei//(persName | placeName | orgName)/@ref
          [substring-before(., ':') = ('person', 'place', 'org') and substring-after(., ':') ne '']"
          group-by="string(.)">
        <xsl:map-entry key="current-grouping-key()" select="count(current-group())"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- The ids of the entries of one register (by the prefix of its references: person, place,
       org) that the document's text names, each once, sorted. -->
  <xsl:function name="h:registered" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="register" as="xs:string"/>
    <xsl:sequence select="sort(distinct-values(h:parts($tei)//(persName | placeName | orgName)
        /@ref[starts-with(., $register || ':')] ! substring-after(., ':')[. ne '']))"/>
  </xsl:function>

  <!-- What a page shows as the document's text: a TEI document's body (or group) and any
       sourceDoc; a corpus's documents; any other root (a text, surface, facsimile or sourceDoc
       on its own) whole.  teiconv.html.search.text_parts chooses the same for the search. -->
  <xsl:function name="h:parts" as="element()*">
    <xsl:param name="root" as="element()"/>
    <!-- A text without body or group (seen in real files: divisions straight in text) is its own part. -->
    <xsl:sequence select="if ($root/self::TEI) then $root/(text/(if (body | group) then body | group else * except (front | back))
                                                           | sourceDoc)
                          else if ($root/self::teiCorpus) then $root/(TEI | teiCorpus)
                          else $root"/>
  </xsl:function>

  <xsl:function name="h:text" as="xs:string">
    <xsl:param name="e" as="node()?"/>
    <xsl:sequence select="normalize-space(string($e))"/>
  </xsl:function>

  <!-- The stable id: the converter's idno, else the record number, else the title's slug. -->
  <xsl:function name="h:id" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="idnos" select="$tei/teiHeader/fileDesc/publicationStmt/idno"/>
    <xsl:sequence select="string((normalize-space($idnos[@type = 'teiconv'][1]),
                                  $tei/@xml:id, normalize-space($idnos[1]))[. ne ''][1])"/>
  </xsl:function>

  <xsl:function name="h:kind" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="if (exists($tei/text/body/(listBibl | div[@type = 'collection']))
                              and empty($tei/text/body/div[@type = 'document']))
                          then 'collection' else 'document'"/>
  </xsl:function>

  <xsl:function name="h:original-language" as="element(language)?">
    <xsl:param name="header" as="element(teiHeader)?"/>
    <xsl:param name="text-language" as="xs:string"/>
    <xsl:variable name="languages" select="$header/profileDesc/langUsage/language"/>
    <xsl:sequence select="($languages[contains(lower-case(.), 'original')],
                           $languages[@ident ne $text-language])[1]"/>
  </xsl:function>

  <xsl:function name="h:language-label" as="xs:string">
    <xsl:param name="language" as="element(language)"/>
    <xsl:variable name="named" select="normalize-space(replace($language, '\(original\)', '', 'i'))"/>
    <xsl:sequence select="if ($named) then $named else h:language-label-for($language/@ident)"/>
  </xsl:function>

  <xsl:function name="h:language-label-for" as="xs:string">
    <xsl:param name="code" as="xs:string?"/>
    <xsl:variable name="base" select="lower-case(tokenize($code, '-')[1])"/>
    <xsl:sequence select="(map { 'en': 'English', 'ru': 'Russian', 'de': 'German', 'fr': 'French',
                                 'fa': 'Persian', 'la': 'Latin', 'und': 'Undetermined' }($base),
                           $code, 'Undetermined')[1]"/>
  </xsl:function>

  <!-- The place of the original in its archive, readable: the collection levels and file
       (fond, opis, delo …) then the folios (msItem/locus), "f. 558, op. 11, d. 317, ll. 69-72";
       the reference as the page cites it where it is not divided. -->
  <xsl:function name="h:archival-reference" as="xs:string">
    <xsl:param name="ms" as="element(msDesc)?"/>
    <xsl:variable name="parts" select="$ms/msIdentifier/(collection | idno), $ms/msContents/msItem/locus"/>
    <xsl:sequence select="string-join((if (exists($parts)) then $parts else $ms/msIdentifier/altIdentifier/idno)
                                      ! h:text(.)[. ne ''], ', ')"/>
  </xsl:function>

  <!-- Authors named in the header, else in the archive record's "Author(s)" field. -->
  <xsl:function name="h:authors" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="header" select="$tei/teiHeader"/>
    <xsl:variable name="named" select="($header/fileDesc/titleStmt/author,
        $header/profileDesc/correspDesc/correspAction[@type = 'sent']/(persName | orgName | name))
        ! h:text(.)[. ne '']"/>
    <xsl:variable name="recorded" select="$tei/text/back//list[@type = 'gloss']
        /label[starts-with(normalize-space(.), 'Author')]/following-sibling::item[1]
        ! tokenize(h:text(.), '\s*;\s*')[. ne '']"/>
    <xsl:sequence select="distinct-values(if (exists($named)) then $named else $recorded)"/>
  </xsl:function>

  <xsl:function name="h:translators" as="xs:string*">
    <xsl:param name="header" as="element(teiHeader)?"/>
    <xsl:sequence select="$header/fileDesc/titleStmt/respStmt
        [@xml:id = 'translator' or (some $resp in resp satisfies contains(lower-case($resp), 'transl'))]
        /(persName | name[not(@type = 'unnamed')] | orgName) ! h:text(.)"/>
  </xsl:function>

  <!-- An ISO date (or year, or year-month, or date-time) in words: December 9, 1941. -->
  <xsl:function name="h:date-text" as="xs:string">
    <xsl:param name="when" as="xs:string"/>
    <xsl:variable name="day" select="substring($when, 1, 10)"/>
    <xsl:sequence select="
        if ($day castable as xs:date) then format-date(xs:date($day), '[MNn] [D], [Y]', 'en', (), ())
        else if (substring($when, 1, 7) castable as xs:gYearMonth)
          then format-date(xs:date(substring($when, 1, 7) || '-01'), '[MNn] [Y]', 'en', (), ())
        else $when"/>
  </xsl:function>

  <xsl:function name="h:names" as="xs:string?">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:variable name="n" select="count($names)"/>
    <xsl:sequence select="if ($n le 1) then $names
        else if ($n = 2) then $names[1] || ' and ' || $names[2]
        else string-join($names[position() lt $n], ', ') || ', and ' || $names[$n]"/>
  </xsl:function>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry point: a TEI document → its record (metadata.xsl, h:record) as one JSON object.
  The Python build reads these records to order the documents and to write the index data,
  the search index and the citation downloads.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:h="urn:teiconv:html"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:include href="metadata.xsl"/>
  <xsl:output method="json" indent="no" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:sequence select="h:record(*)"/>
  </xsl:template>

</xsl:stylesheet>

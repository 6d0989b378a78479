"""A Word file with a name in every awkward place: SmartArt, a chart and its workbook, an OLE object, custom XML,
building blocks, hidden text, a simple field, a legacy form field, a content control and a bookmark."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

NAME = "Chloe Hartley"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'

CHART = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="{C}" xmlns:a="{A}" xmlns:r="{R}"><c:chart>
<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Visits to {NAME}</a:t></a:r></a:p></c:rich></c:tx></c:title>
<c:plotArea><c:barChart><c:barDir val="col"/><c:ser><c:idx val="0"/><c:order val="0"/>
<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Hartley family</c:v></c:pt>
</c:strCache></c:strRef></c:tx>
<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$3</c:f><c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>Chloe</c:v></c:pt>
<c:pt idx="1"><c:v>Mother</c:v></c:pt></c:strCache></c:strRef></c:cat>
<c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f><c:numCache><c:ptCount val="2"/><c:pt idx="0"><c:v>4</c:v></c:pt>
<c:pt idx="1"><c:v>7</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart>
<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>"""

DIAGRAM_DATA = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="{A}"><dgm:ptLst>
<dgm:pt modelId="{{1}}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>{NAME}</a:t></a:r></a:p></dgm:t></dgm:pt>
<dgm:pt modelId="{{2}}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>Mother: Ms </a:t></a:r><a:r><a:t>Hartley</a:t></a:r></a:p>
</dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>"""

DIAGRAM_DRAWING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:a="{A}"><dsp:spTree>
<dsp:sp><dsp:txBody><a:bodyPr/><a:p><a:r><a:t>{NAME}</a:t></a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>"""

GLOSSARY = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:glossaryDocument {nsdecls("w")}><w:docParts><w:docPart><w:docPartBody>
<w:p><w:r><w:t>Signed for {NAME}</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>"""

CUSTOM_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<CaseData><Child>{NAME}</Child><Area>Westbridge</Area></CaseData>"""


def _workbook() -> bytes:
    """The chart's embedded workbook (only its shared strings matter here)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/sharedStrings.xml", f"<sst><si><t>{NAME}</t></si><si><t>Mother</t></si></sst>")
    return buf.getvalue()


def _png() -> bytes:
    import pymupdf

    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 8, 8), False)
    pix.set_rect(pix.irect, (200, 200, 200))
    return bytes(pix.tobytes("png"))


def awkward_docx(path: Path) -> Path:
    """Write the Word file; every place names Chloe Hartley."""
    d = DocxDocument()
    d.add_paragraph(f"The review concerns {NAME}, who lives in Westbridge.")
    p = d.add_paragraph("Panel notes. ")
    p.add_run(f"Private: {NAME} told her teacher.").font.hidden = True  # w:vanish
    p._p.append(parse_xml(f"<w:fldSimple {nsdecls('w')} w:instr=' HYPERLINK \"mailto:chloe.hartley@example.org\" '>"
                          "<w:r><w:t>e-mail the duty team</w:t></w:r></w:fldSimple>"))
    p._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="7" w:name="Chloe_Hartley_DOB"/>'))
    p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="7"/>'))
    form = d.add_paragraph("Name: ")
    for run in (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="ChildName"/>'
                f'<w:enabled/><w:textInput><w:default w:val="{NAME}"/></w:textInput></w:ffData></w:fldChar></w:r>',
                f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {nsdecls("w")}><w:t>{NAME}</w:t></w:r>',
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'):
        form._p.append(parse_xml(run))
    d.element.body.insert(len(d.element.body) - 1, parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Child: {NAME}"/><w:tag w:val="{NAME}"/></w:sdtPr>'
        '<w:sdtContent><w:p><w:r><w:t>Child Q</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    ole = d.add_paragraph("Attached chronology: ")
    ole._p.append(parse_xml(
        f'<w:r {nsdecls("w", "r")} {VML}><w:object w:dxaOrig="1440" w:dyaOrig="960">'
        '<v:shape id="_x0000_i1025" style="width:72pt;height:48pt"><v:imagedata r:id="rIdOleImg" o:title=""/>'
        '</v:shape><o:OLEObject Type="Embed" ProgID="Package" ShapeID="_x0000_i1025" DrawAspect="Icon" '
        'ObjectID="_1" r:id="rIdOle"/></w:object></w:r>'))
    d.save(str(path))
    _add_parts(path)
    return path


def _add_parts(path: Path) -> None:
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    rels = members["word/_rels/document.xml.rels"].decode()
    extra = (f'<Relationship Id="rIdOleImg" Type="{RT}/image" Target="media/ole_preview.png"/>'
             f'<Relationship Id="rIdOle" Type="{RT}/oleObject" Target="embeddings/oleObject1.bin"/>'
             f'<Relationship Id="rIdChart" Type="{RT}/chart" Target="charts/chart1.xml"/>'
             f'<Relationship Id="rIdDm" Type="{RT}/diagramData" Target="diagrams/data1.xml"/>'
             f'<Relationship Id="rIdGl" Type="{RT}/glossaryDocument" Target="glossary/document.xml"/>')
    members["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", extra + "</Relationships>").encode()
    types = members["[Content_Types].xml"].decode()
    ct = "application/vnd.openxmlformats-officedocument"
    overrides = (f'<Default Extension="bin" ContentType="{ct}.oleObject"/>'
                 f'<Override PartName="/word/charts/chart1.xml" ContentType="{ct}.drawingml.chart+xml"/>'
                 f'<Override PartName="/word/embeddings/Microsoft_Excel_Worksheet.xlsx" '
                 f'ContentType="{ct}.spreadsheetml.sheet"/>'
                 f'<Override PartName="/word/diagrams/data1.xml" ContentType="{ct}.drawingml.diagramData+xml"/>'
                 f'<Override PartName="/word/glossary/document.xml" '
                 f'ContentType="{ct}.wordprocessingml.document.glossary+xml"/>')
    if 'Extension="png"' not in types:
        overrides += '<Default Extension="png" ContentType="image/png"/>'
    members["[Content_Types].xml"] = types.replace("</Types>", overrides + "</Types>").encode()
    members["word/media/ole_preview.png"] = _png()
    members["word/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0" + f"chronology of {NAME}".encode("utf-16-le")
    members["word/charts/chart1.xml"] = CHART.encode()
    members["word/charts/_rels/chart1.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{RT}/package" '
        'Target="../embeddings/Microsoft_Excel_Worksheet.xlsx"/></Relationships>').encode()
    members["word/embeddings/Microsoft_Excel_Worksheet.xlsx"] = _workbook()
    members["word/diagrams/data1.xml"] = DIAGRAM_DATA.encode()
    members["word/diagrams/drawing1.xml"] = DIAGRAM_DRAWING.encode()
    members["word/glossary/document.xml"] = GLOSSARY.encode()
    members["customXml/item1.xml"] = CUSTOM_XML.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def every_byte(path: Path) -> bytes:
    """All bytes of a package's members, nested packages (workbooks, documents) opened too."""
    out: list[bytes] = []
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            data = zf.read(info)
            out.append(data)
            if data[:2] == b"PK":
                nested = path.with_name(path.name + ".nested")
                nested.write_bytes(data)
                out.append(every_byte(nested))
    return b"\n".join(out)

"""The roster import's preview over a messy workbook, for a look:
`python -m desktop.ui.preview roster` and the screenshots.

The workbook is one a township might send: a title in merged cells, header
names with stray spaces and one the app does not know, Chinese and Tibetan
names, full-width digits, text dates and Excel serials, a subtotal row, a
new township, a village the database holds with new figures, and rows that
are rejected (an unknown post, a duplicate code with another population,
a bad phone number)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl

from desktop.core.query import VillageQuery

HEADER = ["序号", "乡  镇", "村 名", "藏文村名", "区划代码", "姓名", "藏文姓名", "性别", "出生年月", "职务", "任职时间",
          "本人手机", "人口"]


def write_demo_roster(ws, path: Path) -> Path:
    """A messy roster over the demo data (its first village gets new figures)."""
    village_id = ws.villages.search(VillageQuery())[0]
    known = ws.villages.rows([village_id])[village_id]
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "村干部花名册"
    sheet.append(["色达县村级组织干部花名册（2024年）"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append(["填报单位：县委组织部", None, None, None, None, None, None, None, None, "填报日期：2024年3月"])
    sheet.append(HEADER)
    rows = [
        [1, "翁达镇", "扎西岗村", "བཀྲ་ཤིས་སྒང་།", "５１３３３８１０１２０１", "次仁多吉", "ཚེ་རིང་རྡོ་རྗེ།", "男", "1975.03",
         "党支部书记、村委会主任", 44562, "13800000001", "1,250"],
        [2, "翁达镇", "扎西岗村", "བཀྲ་ཤིས་སྒང་།", "513338101201", "卓玛", "སྒྲོལ་མ།", "女", "1982年5月", "村委会副主任",
         "2021年3月1日", "13800000002", None],
        [3, "翁达镇", "色尔坝村", "གསེར་པ་སྡེ།", 513338101202.0, "洛桑丹增", "བློ་བཟང་བསྟན་འཛིན།", "男", "1968",
         "第一书记", "2023-06-01", "13800000003", 860],
        [4, "翁达镇", "色尔坝村", "གསེར་པ་སྡེ།", "513338101202", "格桑", "སྐལ་བཟང་།", "男", "1970.1", "大王", "2022-01-01",
         "13800000004", None],
        [],
        ["小计", None, None, None, None, None, None, None, None, None, None, None, 2110],
        [5, "翁达镇", "色尔坝村", "གསེར་པ་སྡེ།", "513338101202", "拉姆", "ལྷ་མོ།", "女", "1985", "支委", "2022-01-01",
         "13800000005", 900],
        [6, "翁达镇", "扎西岗村", "བཀྲ་ཤིས་སྒང་།", "513338101201", "白玛", "པདྨ།", "男", "1990", "村委委员", "2022-01-01",
         "12345", None],
        [7, known.township_name_zh, known.name_zh, known.name_bo, known.code, None, None, None, None, None, None, None,
         (known.population or 100) + 12],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append(["填表人：扎西"])
    contacts = wb.create_sheet("联系人")
    contacts.append(["乡镇组织委员：扎西，电话 0836-1234567"])
    wb.save(path)
    return path


def preview_roster(window, language: str):
    """The import wizard on its preview page, the phone column mapped."""
    from desktop.ui.roster_import_wizard import RosterImportWizard

    ws = window.ws
    path = write_demo_roster(ws, Path(tempfile.mkdtemp(prefix="villagedesk-roster-")) / "花名册.xlsx")
    wizard = RosterImportWizard(ws, str(path.parent), window)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.show_preview(ws.roster.preview(path))
    phone = wizard.mapping_page
    phone.choose("本人手机", "phone")
    wizard.show_preview(ws.roster.preview(path, phone.mapping()), from_page=wizard.currentId())
    return wizard

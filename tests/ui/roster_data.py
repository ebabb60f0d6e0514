"""A roster workbook as townships send them: a title in merged cells over
the header, header names with stray spaces and one the app does not know
(本人手机), full-width digits, Excel date serials and text dates, blank and
subtotal rows, a bad post, a duplicate code with another population, a bad
phone number (seen once the phone column is mapped), a sheet of notes, and
one village the database already holds with a new population."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import openpyxl

from desktop.core.query import VillageQuery

HEADER = ["序号", "乡  镇", "村 名", "区划代码", "姓名", "性别", "出生年月", "职务", "任职时间", "本人手机", "人口"]
NEW_TOWNSHIP = "新华乡"
NEW_VILLAGES = ("团结村", "胜利村")
PHONE_COLUMN = "J"


@dataclass(frozen=True)
class Messy:
    path: Path
    known_code: str            # the village already in the database
    known_name: str
    population: int            # its new population
    bad_post_row: int          # rejected from the start: 大王 is no post
    duplicate_row: int         # rejected: the same village with another population
    bad_phone_row: int         # rejected once 本人手机 is read as the phone


def write_messy_roster(path: Path, ws) -> Messy:
    village_id = ws.villages.search(VillageQuery())[0]
    row = ws.villages.rows([village_id])[village_id]
    population = (row.population or 100) + 7
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "花名册"
    sheet.append(["某某县村级组织干部花名册（2024年）"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append([])
    sheet.append(HEADER)
    sheet.append([1, NEW_TOWNSHIP, "团结村", "５１３３９９２０１００１", "张三", "男", "1975.03", "党支部书记", 44562,
                  "13800000001", "1,250"])
    sheet.append([2, NEW_TOWNSHIP, "团结村", "513399201001", " 李四 ", "女", "1980年5月", "村委会主任", "2021年3月1日",
                  "13800000002", None])
    sheet.append([3, NEW_TOWNSHIP, "胜利村", 513399201002.0, "王五", "男", "1968", "第一书记", "2023-06-01",
                  "13800000003", 800])
    sheet.append([])
    sheet.append(["小计", None, None, None, None, None, None, None, None, None, 2050])
    sheet.append([4, NEW_TOWNSHIP, "胜利村", "513399201002", "赵六", "男", "1970.1", "大王", "2022-01-01",
                  "13800000004", None])                                                   # row 9: no such post
    sheet.append([5, NEW_TOWNSHIP, "胜利村", "513399201002", "钱七", "女", "1985", "支委", "2022-01-01",
                  "13800000005", 900])                                                    # row 10: 800 above
    sheet.append([6, NEW_TOWNSHIP, "团结村", "513399201001", "孙八", "男", "1990", "村委委员", "2022-01-01",
                  "12345", None])                                                         # row 11: bad phone
    sheet.append([7, row.township_name_zh, row.name_zh, row.code, None, None, None, None, None, None, population])
    sheet.append(["填表人：扎西"])
    notes = wb.create_sheet("说明")
    notes.append(["本表由乡镇组织委员填报。"])
    notes.append(["如有疑问请联系县委组织部。"])
    wb.save(path)
    return Messy(path, row.code, row.name_zh, population, bad_post_row=9, duplicate_row=10, bad_phone_row=11)

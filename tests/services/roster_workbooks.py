"""Workbooks as townships send them, built for the roster tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl


def messy_roster(path: Path) -> Path:
    """Every mess the import must take: titles in merged cells, headers as
    townships write them, full-width digits, stray spaces, codes as floats,
    date serials and text dates, blank and subtotal rows, duplicate codes, a
    bad date, an unknown township, several sheets (one of notes, one with no
    header at all). The rows meant to be rejected are listed in
    `MESSY_REJECTED`."""
    wb = openpyxl.Workbook()
    villages = wb.active
    villages.title = "村情"
    villages.append(["白依乡2026年村级组织基本情况统计表"])
    villages.merge_cells("A1:H1")
    villages.append(["填报单位：白依乡党委", None, None, None, None, None, "2026年11月"])
    villages.append(["序号", "所属乡镇", "行政村", "村代码", "总人口", "户　数", "党员人数", "软弱涣散类型"])
    villages.append([1, "白依乡", "扎西岗村", "５１３３３６１００２０１", "１，２５０", 312, 46, "软、散"])      # row 4
    villages.append([2, " 白依乡 ", "次仁村\u3000", 513336100202.0, " 800 ", "200", 30, None])            # row 5: changes
    villages.append([3, "白依乡", "重复村", "513336100201", 10, 2, 1, None])                              # row 6: duplicate code
    villages.append([None, None, None, None, None, None, None, None])                                   # row 7: blank
    villages.append([4, "新建乡", "多吉村", "513336101001", 500, 120, 20, "弱"])                            # row 8: new township
    villages.append([None, "合  计", None, None, 2550, 634, 96, None])                                   # row 9: total
    villages.append([5, "白依乡", "坏人口村", "513336100203", "很多", 10, 1, None])                          # row 10: bad number
    villages.append([6, "白依乡", "错码村", "513336999204", 100, 10, 1, None])                              # row 11: other township's code

    people = wb.create_sheet("两委干部")
    people.append(["白依乡村两委干部花名册", None, None, None, None, None, None, None, None, None])
    people.merge_cells("A1:J1")
    people.append(["村名", "区划代码", "姓  名", "性别", "民族", "出生年月", "现任职务", "手机号", "任职时间", "备注"])
    people.append(["扎西岗村", "513336100201", "次仁多吉", "男", "藏族", datetime(1975, 3, 5),
                   "党支部书记、村委会主任", 13800000000.0, "2021.03", "一肩挑"])                              # row 3
    people.append(["扎西岗村", "513336100201", "卓玛", "女", "藏", 27454, "村委委员", "１３９ ０００ ０００００",
                   44256, None])                                                                        # row 4
    people.append(["次仁村", "513336100202", "张三", "男", "汉族", "1970年13月", "第一书记", "13700000000",
                   "2021-3-1", None])                                                                   # row 5: bad date
    people.append(["多吉村", None, "拉姆", "女", "藏族", "1985-6-1", "支委", "13712345678", "2021年3月1日", None])  # row 6
    people.append(["扎西岗村", "513336100201", "次仁多吉", "男", "藏族", datetime(1975, 3, 5), "党支部书记",
                   13800000000, "2021.03", None])                                                       # row 7: same post again
    people.append(["扎西岗村", "513336100201", "格桑", "男", "藏族", "1980.05", "校长", "13812345678", None, None])  # row 8
    people.append(["次仁村", "513336100202", "边巴", "男", "藏族", "19780412", "后备干部", "12345", None, None])  # row 9
    people.append([None, "小计", None, None, None, None, None, None, None, None])                         # row 10
    people.append(["次仁村", "513336100202", "央金", "女", "藏族", "1990-02-03", "村委会副主任", "13698765432",
                   "2024-01-15", None])                                                                 # row 11

    notes = wb.create_sheet("说明")
    notes.append(["本表由乡党委组织委员填报。"])
    chart = wb.create_sheet("Chart data")
    chart.append([1, 2, 3])
    chart.append([4, 5, 6])
    wb.save(path)
    return path


# (sheet, row, column) of every problem in the messy roster.
MESSY_REJECTED = [
    ("村情", 6, "D"),     # 513336100201 again
    ("村情", 10, "E"),    # 很多 people
    ("村情", 11, "D"),    # a code of another township
    ("两委干部", 5, "F"),  # 1970年13月
    ("两委干部", 7, "G"),  # 次仁多吉 holds 党支部书记 already (row 3)
    ("两委干部", 8, "G"),  # 校长 is no village post
    ("两委干部", 9, "H"),  # 12345 is no phone number
]

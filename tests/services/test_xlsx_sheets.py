"""The shared sheet writer: what Excel and WPS will see, read back with openpyxl."""

import datetime
import os
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from desktop.core.progress import Cancelled, Progress
from desktop.services.xlsx_sheets import (DECIMAL, Column, ExcelSaveFailed, XlsxBook, sheet_title, text_width,
                                          write_sheet)

STATUSES = ("未整改", "整改中", "已整改待验收", "已销号", "重新打开")
TIBETAN_STATUSES = tuple("བཅོས་སྒྲིག་མ་བྱས་པ། ཞིབ་བཤེར་བྱེད་བཞིན་པ། " * 4 + f"{n}།" for n in range(8))


def zh(context, text):
    return {"Village": "村名", "Status": "状态", "Found": "发现日期", "Score": "得分", "Note": "备注"}.get(text, text)


def both(context, text):
    return zh(context, text) + "\n" + {"Village": "གྲོང་ཚོའི་མིང་།", "Status": "གནས་སྟངས།"}.get(text, text)


COLUMNS = [Column("village", "Village"), Column("status", "Status", choices=STATUSES, strict=True),
           Column("found", "Found"), Column("score", "Score", number_format=DECIMAL),
           Column("note", "Note", width=40, wrap=True)]
ROWS = [("白依村", "整改中", datetime.date(2026, 3, 1), 71.25, "=SUM(A1:A9) 是村民写的"),
        ("སྒྲོལ་མ་གྲོང་ཚོ།", "已销号", datetime.date(2026, 4, 2), 90, "bad\x07char"),
        ("Baiyi", None, None, None, None)]


def test_a_sheet_reads_back_with_header_frozen_filter_widths_dates_and_lists(tmp_path):
    path = write_sheet(tmp_path / "out.xlsx", zh, "问题台账", COLUMNS, ROWS)
    wb = openpyxl.load_workbook(path)
    ws = wb["问题台账"]
    assert [c.value for c in ws[1]] == ["村名", "状态", "发现日期", "得分", "备注"]
    assert all(c.font.b and c.fill.fgColor.rgb.endswith("DDEBF7") for c in ws[1])
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:E4" and ws.max_row == 4
    assert ws.print_title_rows == "$1:$1"
    assert ws["C2"].value == datetime.datetime(2026, 3, 1) and ws["C2"].is_date and ws["C2"].number_format == "yyyy-mm-dd"
    assert ws["D2"].value == 71.25 and ws["D2"].number_format == DECIMAL and ws["D3"].value == 90
    assert ws["E2"].value == "=SUM(A1:A9) 是村民写的" and ws["E2"].data_type == "s"  # text, not a formula
    assert ws["E3"].value == "badchar" and ws["E2"].alignment.wrap_text
    assert ws["B4"].value is None and ws["A3"].value == "སྒྲོལ་མ་གྲོང་ཚོ།"
    widths = {k: ws.column_dimensions[k].width for k in "ABCDE"}
    assert widths["E"] == 40 and widths["C"] >= 10.5 and widths["A"] >= text_width("སྒྲོལ་མ་གྲོང་ཚོ།")
    (v,) = ws.data_validations.dataValidation
    assert str(v.sqref) == "B2:B1048576" and v.type == "list" and v.showErrorMessage
    assert v.formula1 == '"' + ",".join(STATUSES) + '"'
    assert [s.title for s in wb.worksheets] == ["问题台账"]
    assert list(tmp_path.iterdir()) == [path]                    # no temporary file left


def test_both_languages_share_one_header_row_of_two_lines(tmp_path):
    path = write_sheet(tmp_path / "both.xlsx", both, "台账", COLUMNS, ROWS)
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "村名\nགྲོང་ཚོའི་མིང་།" and ws["A1"].alignment.wrap_text
    assert ws["A2"].value == "白依村" and ws.auto_filter.ref == "A1:E4"   # data starts on row 2: sort and filter work


def test_long_or_comma_lists_come_from_a_hidden_sheet(tmp_path):
    columns = [Column("status", "Status", choices=TIBETAN_STATUSES), Column("kind", "Kind", choices=("a,b", "c"))]
    assert len(",".join(TIBETAN_STATUSES)) > 255
    path = write_sheet(tmp_path / "lists.xlsx", zh, "lists", columns, [(TIBETAN_STATUSES[0], "c")])
    wb = openpyxl.load_workbook(path)
    data, lists = wb.worksheets
    assert data.title == "lists" and lists.title == "lists (2)" and lists.sheet_state == "hidden"
    assert wb.active.title == "lists"
    first, second = data.data_validations.dataValidation
    assert first.formula1 == "'lists (2)'!$A$1:$A$8" and not first.showErrorMessage
    assert second.formula1 == "'lists (2)'!$B$1:$B$2"
    assert [r[0].value for r in lists.iter_rows(max_col=1)] == list(TIBETAN_STATUSES)
    assert [r[0].value for r in lists.iter_rows(min_col=2, max_col=2, max_row=2)] == ["a,b", "c"]


def test_widths_fit_chinese_and_tibetan_and_stay_within_bounds(tmp_path):
    assert text_width("村名") == 4 and text_width("ab") == 2
    assert text_width("སྒྲུ") == text_width("ས") < text_width("村")         # a stack counts once
    columns = [Column("a", "A"), Column("b", "B"), Column("c", "C")]
    path = write_sheet(tmp_path / "w.xlsx", zh, "w", columns, [("长" * 200, "x", "中文中文中文")])
    dims = openpyxl.load_workbook(path).active.column_dimensions
    assert dims["A"].width == 60 and dims["B"].width == 6 and dims["C"].width == 14


def test_many_sheets_and_many_rows_stream_in_order(tmp_path):
    with XlsxBook(tmp_path / "big.xlsx", zh) as book:
        one = book.sheet("检查", [Column("n", "N")])
        two = book.sheet("检查", [Column("n", "N"), Column("d", "Found")])
        for n in range(1000):
            one.append((n,))
            two.append((-n, datetime.date(2026, 1, 1) + datetime.timedelta(days=n)))
    wb = openpyxl.load_workbook(tmp_path / "big.xlsx", read_only=True)
    assert wb.sheetnames == ["检查", "检查 (2)"]
    assert [r[0] for r in wb["检查"].iter_rows(values_only=True)] == ["N", *range(1000)]
    assert list(wb["检查 (2)"].iter_rows(min_row=1001, values_only=True)) == [(-999, datetime.datetime(2028, 9, 26))]


def test_sheet_titles_are_made_valid_and_unique():
    assert sheet_title("a/b:c*d?[e]") == "a b c d  e"
    assert sheet_title("x" * 40) == "x" * 31
    assert sheet_title("台账", ["台账", "台账 (2)"]) == "台账 (3)"
    assert sheet_title("  ") == "Sheet"


def test_cancelled_or_failing_work_leaves_nothing_and_keeps_the_old_file(tmp_path):
    target = tmp_path / "keep.xlsx"
    target.write_bytes(b"the export of yesterday")
    streams = set(ALL_TEMP_FILES)
    progress = Progress()
    with pytest.raises(Cancelled):
        with XlsxBook(target, zh) as book:
            sheet = book.sheet("s", [Column("n", "N")])
            for n in range(500):
                if n == 300:
                    progress.cancel()
                progress.step(n)
                sheet.append((n,))
    assert target.read_bytes() == b"the export of yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.xlsx"]
    assert not [f for f in set(ALL_TEMP_FILES) - streams if os.path.exists(f)]   # openpyxl's sheet streams too


def test_a_missing_folder_is_reported_before_any_work(tmp_path):
    with pytest.raises(ExcelSaveFailed) as e:
        XlsxBook(tmp_path / "no" / "such" / "out.xlsx", zh)
    assert "out.xlsx" in e.value.message and str(tmp_path / "no" / "such") in e.value.message
    assert not (tmp_path / "no").exists()


def test_a_read_only_folder_is_reported(tmp_path):
    if os.geteuid() == 0:
        folder = Path("/sys/kernel")   # root writes through file modes; sysfs refuses new files to everyone
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o555)
    before = set(folder.iterdir())
    with pytest.raises(ExcelSaveFailed) as e:
        write_sheet(folder / "out.xlsx", zh, "s", COLUMNS, ROWS)
    assert "out.xlsx" in e.value.message and "permission" in e.value.message
    assert set(folder.iterdir()) == before


def test_a_failure_while_saving_removes_the_temporary_file(tmp_path):
    target = tmp_path / "out.xlsx"
    book = XlsxBook(target, zh)
    book.sheet("s", COLUMNS).extend(ROWS)
    target.mkdir()                      # something takes the name meanwhile: the rename fails
    (target / "inside").write_text("x")
    with pytest.raises(ExcelSaveFailed) as e:
        book.save()
    assert "out.xlsx" in e.value.message
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"] and target.is_dir()


def test_only_xlsx_names(tmp_path):
    with pytest.raises(ExcelSaveFailed) as e:
        XlsxBook(tmp_path / "out.xls", zh)
    assert ".xlsx" in e.value.message and not list(tmp_path.iterdir())

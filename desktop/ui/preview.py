"""Open one screen on its own, over a throw-away database with demo data.

    python -m desktop.ui.preview village --lang bo_CN
    python -m desktop.ui.preview person --lang zh_CN --out person.png

Screens: main, village, person, picker, demo, inspection, start, summary,
overview, rating, policy, checklists, support, acceptance, ledger, problem, dashboard, plan, plancompare,
report, reportfonts, roster, syncimport, syncexport, conflicts, identity, enrol, syncsetup, peers,
history, backups, audit, damaged, login, firstadmin, users, lock, unlock, recovery, recoverysheet, encrypt.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

SCREENS = ("main", "village", "person", "picker", "demo", "inspection", "start", "summary", "overview", "rating",
           "policy", "checklists", "support", "acceptance", "ledger", "problem", "dashboard", "plan", "plancompare",
           "report", "reportfonts", "roster", "syncimport", "syncexport", "conflicts", "identity", "enrol",
           "syncsetup", "peers", "history", "backups", "audit", "damaged", "login", "firstadmin", "users", "lock",
           "unlock", "recovery", "recoverysheet", "encrypt", "serverdb")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("screen", choices=SCREENS)
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "bo_CN"))
    parser.add_argument("--out", metavar="PNG", help="save a picture of the screen and exit")
    parser.add_argument("--villages", type=int, default=60)
    args = parser.parse_args(argv)
    if args.out:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from desktop.core.query import VillageQuery
    from desktop.core.terms import Rating
    from desktop.services.demo import fill_demo
    from desktop.services.settings import Settings
    from desktop.services.workspace import Workspace
    from desktop.ui.app import make_application, save_screenshot
    from desktop.ui.language import LanguageManager
    from desktop.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="villagedesk-preview-"))
    workspace = Workspace.open(folder / "preview.sqlite3", actor="preview")
    fill_demo(workspace, villages=args.villages, seed=3)
    app = make_application()
    languages = LanguageManager(app, Settings(), remember=False)
    languages.apply(args.lang)
    window = MainWindow(workspace, languages, Settings())
    weak = workspace.villages.search(VillageQuery(rating=Rating.BACKWARD))[0]

    shown = window
    if args.screen == "village":
        shown = window.open_village(weak)
    elif args.screen in ("person", "picker"):
        dialog = window.open_village(weak)
        dialog.tabs.setCurrentIndex(1)
        posts = dialog.people.posts
        if args.screen == "person":
            posts.table.selectRow(0)
            shown = posts.edit_selected()
        else:
            shown = posts.add_existing_person()
    elif args.screen == "demo":
        shown = window.fill_demo()
    elif args.screen in ("inspection", "summary"):
        from desktop.ui.inspection_preview import preview_inspection

        shown = preview_inspection(window, args.lang)
        if args.screen == "summary":
            shown.show_summary()
    elif args.screen == "start":
        shown = window.inspection_menu.start_inspection(weak)
    elif args.screen == "overview":
        shown = window.inspection_menu.open_overview()
    elif args.screen == "rating":
        window.view.selectRow(0)
        shown = window.inspection_menu.rate_selected()
    elif args.screen == "policy":
        shown = window.inspection_menu.open_policy()
    elif args.screen == "checklists":
        shown = window.inspection_menu.open_checklists()
    elif args.screen in ("support", "acceptance"):
        from desktop.ui.campaign_preview import preview_village_tab

        shown = preview_village_tab(window, args.screen)
    elif args.screen in ("ledger", "problem"):
        from desktop.ui.ledger_preview import preview_ledger, preview_problem

        shown = (preview_ledger if args.screen == "ledger" else preview_problem)(window, args.lang)
    elif args.screen == "dashboard":
        from desktop.ui.campaign_preview import preview_dashboard

        shown = preview_dashboard(window)
    elif args.screen in ("plan", "plancompare"):
        from desktop.ui.plan_preview import preview_compare, preview_plan

        shown = (preview_plan if args.screen == "plan" else preview_compare)(window, args.lang)
    elif args.screen in ("report", "reportfonts"):
        from desktop.ui.report_screens import preview_fonts, preview_report

        shown = preview_report(window, args.lang) if args.screen == "report" else preview_fonts(window)
    elif args.screen == "roster":
        from desktop.ui.roster_preview import preview_roster

        shown = preview_roster(window, args.lang)
    elif args.screen in ("syncimport", "syncexport", "conflicts"):
        from desktop.ui.sync_screens import preview_conflicts, preview_export, preview_import

        shown = {"syncimport": preview_import, "syncexport": preview_export,
                 "conflicts": preview_conflicts}[args.screen](window, args.lang)
    elif args.screen in ("identity", "enrol", "syncsetup", "peers"):
        from desktop.ui.trust_screens import PREVIEWS

        shown = PREVIEWS[args.screen](window, args.lang)
    elif args.screen in ("history", "backups", "audit", "damaged"):
        from desktop.ui import safety_screens

        shown = getattr(safety_screens, f"preview_{args.screen}")(window, args.lang)
    elif args.screen in ("login", "firstadmin", "users", "lock"):
        from desktop.ui.access_screens import PREVIEWS as ACCESS

        shown = ACCESS[args.screen](window, args.lang)
    elif args.screen in ("unlock", "recovery", "recoverysheet", "encrypt"):
        from desktop.ui.encryption_screens import PREVIEWS as ENCRYPTION

        shown = ENCRYPTION[args.screen](window, args.lang)
    elif args.screen == "serverdb":
        from desktop.ui.server_database_dialog import preview_server_database

        shown = preview_server_database(window, args.lang)
    else:
        window.show()
    if args.out:
        print(save_screenshot(shown, args.out))
        app.closeAllWindows()  # windows let go of what they hold (the report preview its PDF) as on a real quit
        return 0
    window.show()
    shown.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

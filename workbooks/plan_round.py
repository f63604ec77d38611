# The amounts of a bundled example round, computed from a seed document's printed plan, and the
# filling of ramkoll's templates with them. Used by inlamnat/make_inlamnat.py (seed 000, budget
# 2024) and blekinge-2023/make_blekinge_2023.py (seed 002, budget 2023).
#
# A round (class Plan) is what the document prints: each committee's frame (its Bilaga 2 row,
# mnkr), the indices, the internal agreements, and the result budget (Bilaga 1) as unrounded mnkr
# that make each printed row and total come out when rounded on its own. Every committee except
# the finance administration (FF) budgets personnel and running costs that follow the indices,
# flat depreciation and revenue that balances its net total to the frame plus a small offset (the
# printed frames are rounded); FF carries the region's own items as basenheter (taxes, state
# grants, the financial items) and what the result budget leaves once the committees are counted.
# All amounts are tkr as Decimal with one decimal.
import os
import shutil
import subprocess
from decimal import Decimal, ROUND_HALF_UP

import openpyxl

TENTH = Decimal("0.1")
FINANCE = "FF"


def tkr(mnkr):
    return Decimal(mnkr) * 1000


def tenth(x):
    return x.quantize(TENTH, rounding=ROUND_HALF_UP)


class Plan:
    """committees: {code: (frames in mnkr per year, revenue share of gross cost, personnel share)}
    (FF: (frames, None, None)); offsets: {code: tkr per year}; region: the result budget's rows in
    mnkr per year (revenue, costs, depreciation, taxes, grants, financial_income, financial_costs;
    costs positive); agreements: [(seller, buyer, what, tkr per year)]; ff_personal: FF's
    personnel cost the first year (tkr)."""

    def __init__(self, committees, offsets, personal_index, drift_index, region, agreements, ff_personal):
        self.committees = committees
        self.offsets = offsets
        self.personal_index = [Decimal(i) for i in personal_index]
        self.drift_index = [Decimal(i) for i in drift_index]
        self.region = {k: [tkr(v) for v in vs] for k, vs in region.items()}
        self.agreements = agreements
        self.ff_personal = Decimal(ff_personal)
        self.years = len(personal_index)

    def committee_lines(self, code):
        """Intäkter, Personal, Drift, Avskrivningar per year of a committee other than FF."""
        frames, revenue_share, personnel_share = self.committees[code]
        totals = [tkr(f) + o for f, o in zip(frames, self.offsets.get(code, (0,) * self.years))]
        if Decimal(revenue_share) == 1:   # costs shared by others: revenue covers everything
            personal, drift, avskr = Decimal("1240.0"), Decimal("860.0"), Decimal("0.0")
        else:
            gross = tkr(frames[0]) / (1 - Decimal(revenue_share))
            personal = tenth(gross * Decimal(personnel_share))
            avskr = tenth(gross * Decimal("0.03"))
            drift = tenth(gross - personal - avskr)
        rows = []
        for y, total in enumerate(totals):
            if y > 0:
                personal = tenth(personal * (1 + self.personal_index[y]))
                drift = tenth(drift * (1 + self.drift_index[y]))
            rows.append((total - personal - drift - avskr, personal, drift, avskr))
        return rows

    def agreed(self, year):
        """The internal agreements of a year: each is the seller's revenue and the buyer's cost."""
        return sum(Decimal(a[3][year]) for a in self.agreements)

    def finance_parts(self):
        """FF's lines as basenheter: [(name, Intäkter, Personal, Drift, Avskrivningar per year)]."""
        others = [self.committee_lines(c) for c in self.committees if c != FINANCE]
        region = self.region
        rest = []
        for y in range(self.years):
            revenue = sum(-o[y][0] for o in others) - self.agreed(y)          # the committees' external revenue
            costs = sum(o[y][1] + o[y][2] for o in others) - self.agreed(y)   # and external costs
            depreciation = sum(o[y][3] for o in others)
            personal = self.ff_personal if y == 0 else tenth(rest[-1][1] * (1 + self.personal_index[y]))
            rest.append((-(region["revenue"][y] - revenue), personal,
                         region["costs"][y] - costs - personal, region["depreciation"][y] - depreciation))
            assert rest[-1][0] < 0 and all(v > 0 for v in rest[-1][1:]), ("FF's rest is not a budget", y, rest[-1])
        zero = [Decimal(0)] * self.years
        return [
            ("Skatteintäkter", [-v for v in region["taxes"]], zero, zero, zero),
            ("Statsbidrag", [-v for v in region["grants"]], zero, zero, zero),
            ("Finansiella poster", [-v for v in region["financial_income"]], zero, region["financial_costs"], zero),
            ("Gemensamma poster", *[[rest[y][i] for y in range(self.years)] for i in range(4)]),
        ]

    def lines(self, code):
        """Intäkter, Personal, Drift, Avskrivningar per year; FF's are the sums of its parts."""
        if code != FINANCE:
            return self.committee_lines(code)
        parts = self.finance_parts()
        return [tuple(sum(p[1 + line][y] for p in parts) for line in range(4)) for y in range(self.years)]

    def shared(self, code, items):
        """A committee's share of region-wide items [(label, tkr per year, text)]: in proportion to
        its frame among the committees with a frame, HSN taking the tkr that rounding leaves."""
        sharing = [c for c in self.committees if tkr(self.committees[c][0][0]) > 0]
        if code not in sharing:
            return []
        rows = []
        for label, amounts, text in items:
            mine = []
            for y, amount in enumerate(amounts):
                frames = {c: tkr(self.committees[c][0][y]) for c in sharing}
                parts = {c: tenth(Decimal(amount) * f / sum(frames.values())) for c, f in frames.items()}
                parts["HSN"] += Decimal(amount) - sum(parts.values())
                mine.append(float(parts[code]))
            rows.append((label, *mine, text))
        return rows

    def finance_rows(self):
        """FF's parts as rows of the Basenheter list: the name, then each line's years."""
        return [(name, *[v for line in lines for v in line]) for name, *lines in self.finance_parts()]

    def internal(self, code):
        """The committee's rows of the Interna list: (counterpart, role, what, amounts)."""
        rows = []
        for seller, buyer, what, amounts in self.agreements:
            if code == seller:
                rows.append([buyer, "säljare", what, *[-a for a in amounts]])
            if code == buyer:
                rows.append([seller, "köpare", what, *amounts])
        return rows


def share_rows(lines, parts):
    """A committee's varav parts as rows of the Basenheter list (the name, then each line's
    years): parts [(name, share of every line)], the one with share None taking the rest."""
    rows, rest = [], [list(year) for year in lines]
    for name, share in parts:
        if share is None:
            amounts = rest
        else:
            amounts = [[tenth(v * share) for v in year] for year in lines]
            rest = [[r - a for r, a in zip(ry, ay)] for ry, ay in zip(rest, amounts)]
        rows.append([name, *[amounts[y][line] for line in range(4) for y in range(len(lines))]])
    return rows


# ---- the templates ---------------------------------------------------------------------------

def named_area(book, name):
    """(sheet, first row, first column) of a workbook-wide defined name."""
    ref = book.defined_names[name].attr_text
    sheet, cells = ref.rsplit("!", 1)
    sheet = sheet.strip("'").replace("''", "'")
    first = cells.replace("$", "").split(":")[0]
    col, row = openpyxl.utils.cell.coordinate_from_string(first)
    return book[sheet], row, openpyxl.utils.column_index_from_string(col)


def fill_list(book, name, rows):
    """Writes rows into a list's input rows; None leaves a cell empty."""
    sheet, row, col = named_area(book, "Lista_" + name)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value is not None:
                sheet.cell(row=row + r, column=col + c, value=float(value) if isinstance(value, Decimal) else value)


def fill_lines(book, lines):
    """Writes the form's four lines (Intäkter, Personal, Drift, Avskrivningar) per year."""
    for line, values in zip(("Intäkter", "Personal", "Drift", "Avskrivningar"), zip(*lines)):
        sheet, row, col = named_area(book, "Rad_" + line)
        for y, value in enumerate(values):
            sheet.cell(row=row, column=col + y, value=float(value))


def recalculate(path, tmp):
    """Opens and saves the workbook in LibreOffice, which computes every formula."""
    profile = "file://" + os.path.join(tmp, "lo-profile")
    out = os.path.join(tmp, "out")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--calc",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(out, os.path.basename(path)), path)

#!/usr/bin/env python3
"""Writes the TSV corpus under fixtures/tsv/ (SPEC 3: sample TSVs, good and broken).

The files are what an RA would upload: Shift_JIS/CP932 bytes, CRLF, no header. Each bad file gets a
<name>.expected next to it, UTF-8, one expected error line (code:row,field,message) per line, written here by
hand from the rules, not by running the simulator. The file name's prefix (issue-, renew-, revoke-) is the
apply type the corpus test uploads it as. Run from the repository root: python3 src/tools/make_tsv_corpus.py
"""
import os

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "fixtures", "tsv")
BASE = "O=Example University, L=Example-shi, C=JP"
ADMIN = ["管理 次郎", "情報社会基盤研究センター", "kanri.jiro@example.ac.jp"]
GSAST = "Graduate School of Advanced Science and Technology"

# Certificates the institution already has (fixtures/tsv/issued.tsv), by the serials the files name.
S_SHIKEN = "170141183460469231731687303715884105727"   # valid, client, 48 months
S_MIHON = "255211775190703847597530955573826158593"    # valid, client, 25 months
S_KANRI = "85070591730234615865843651857942052864"     # valid, S/MIME
S_TOUROKU = "200867255532373784442745261542645325315"  # revoked
S_MADOGUCHI = "97821779377000793318398498286212161542" # valid, client, 13 months
DN = {
    "shiken": f"CN=SHIKEN TARO, OU=s2301002, OU={GSAST}, {BASE}",
    "mihon": f"CN=MIHON HANAKO, OU=s2301001, OU={GSAST}, {BASE}",
    "kanri": f"CN=kanri.jiro@example.ac.jp, OU=Research Center for Advanced Computing Infrastructure, {BASE}",
    "touroku": f"CN=TOUROKU SABURO, OU=Research Center for Advanced Computing Infrastructure, {BASE}",
    "madoguchi": f"CN=MADOGUCHI SHIRO, OU=Research Center for Advanced Computing Infrastructure, {BASE}",
}


def issue(dn, profile="5", method="1", user=("架空 一郎", "k2401001-2026", "工学部 情報工学科", "kaku.ichiro@example.ac.jp"),
          pin="", serial="", admin=ADMIN, columns=15):
    name, p12, affiliation, email = user
    row = [dn, profile, method, serial, "", "", ""] + admin + [name, p12, affiliation, email, pin]
    return row[:columns]


def revoke(dn, serial, reason, comment="", admin_email=ADMIN[2], user_email="kaku.ichiro@example.ac.jp"):
    return [dn, "", "", serial, reason, comment, "", "", "", admin_email, "", "", "", user_email, ""]


def student(cn, number, department=GSAST):
    return f"CN={cn}, OU={number}, OU={department}, {BASE}"


def lines(rows, newline="\r\n", final=True):
    text = newline.join("\t".join(row) for row in rows)
    return (text + (newline if final else "")).encode("cp932")


def write(folder, name, content, expected=None):
    path = os.path.join(ROOT, folder, name)
    with open(path, "wb") as out:
        out.write(content)
    if expected is not None:
        with open(os.path.splitext(path)[0] + ".expected", "w", encoding="utf-8", newline="\n") as out:
            out.write("".join(line + "\n" for line in expected))


def good():
    write("good", "issue-client-students.tsv", lines([
        issue(student("KAKU ICHIRO", "k2401001", "Faculty of Engineering")),
        issue(student("REIDAI SAKURA", "k2401002", "Faculty of Engineering"), profile="14",
              user=("例題 桜", "k2401002-2026", "工学部 情報工学科", "reidai.sakura@example.ac.jp")),
        issue(student("O'HARA KEN", "k2401003", "Faculty of Letters"), profile="13",
              user=("オハラ ケン", "k2401003-2026", "文学部", "ohara.ken@example.ac.jp")),
    ]))
    # S/MIME (CN = the user's address), bulk P12 with and without a PIN; CP932-only ① and half-width kana;
    # no final line break (NII: 「ファイル末尾の改行はあってもなくても良い」).
    write("good", "issue-smime-bulk.tsv", lines([
        issue(f"CN=reidai.sakura@example.ac.jp, OU=k2401002, OU=Faculty of Engineering, {BASE}", profile="15",
              method="2", pin="q7Xv-2mRk_9LpT3w",
              user=("例題 桜", "k2401002-smime", "工学部 第①研究室", "reidai.sakura@example.ac.jp")),
        issue(f"CN=kari.taro@example.ac.jp, OU=Faculty of Engineering, {BASE}", profile="16", method="2",
              user=("ｶﾘ ﾀﾛｳ", "kari-taro-smime", "工学部 ﾃﾞｰﾀ科学ｾﾝﾀｰ", "kari.taro@example.ac.jp")),
    ], final=False))
    # A file written before the access PIN column existed (14 columns), DN without spaces after the commas.
    write("good", "issue-14-columns.tsv", lines([
        issue("CN=KASOU JIRO,OU=s2401010,OU=School of Information Science,O=Example University,L=Example-shi,C=JP",
              user=("仮想 次郎", "s2401010-2026", "情報科学研究科", "kasou.jiro@example.ac.jp"), columns=14),
    ]))
    write("good", "renew-client.tsv", lines([
        issue(DN["shiken"], serial=S_SHIKEN, user=("試験 太郎", "s2301002-renew", "先端科学技術研究科", "shiken.taro@example.ac.jp")),
        issue(DN["mihon"], profile="14", serial=S_MIHON,
              user=("見本 花子", "s2301001-renew", "先端科学技術研究科", "mihon.hanako@example.ac.jp")),
    ]))
    write("good", "revoke-reasons.tsv", lines([
        revoke(DN["shiken"], S_SHIKEN, "0", "修了に伴い利用終了(学籍番号変更のため再発行済み)", user_email="shiken.taro@example.ac.jp"),
        revoke(DN["mihon"], S_MIHON, "1", user_email="mihon.hanako@example.ac.jp"),
        revoke(DN["kanri"], S_KANRI, "4", user_email="kanri.jiro@example.ac.jp"),
        revoke(DN["madoguchi"], S_MADOGUCHI, "5", user_email="madoguchi.shiro@example.ac.jp"),
    ]))


def e(code, row, field, message):
    return f"{code}:{row},{field},{message}"


def bad():
    ok = issue(student("KAKU ICHIRO", "k2401001", "Faculty of Engineering"))
    write("bad", "issue-wrong-column-count.tsv", lines([ok, issue(student("REIDAI SAKURA", "k2401002"), columns=13)]),
          [e(207, 2, "申請データ", "申請データの項目数が不正です。")])
    utf8 = "\t".join(issue(student("KAKU ICHIRO", "k2401001"))) + "\r\n"
    write("bad", "issue-utf8-japanese.tsv", utf8.encode("utf-8"), [
        e(205, 1, "利用管理者氏名", "利用管理者氏名は不正な文字が含まれています。"),
        e(205, 1, "利用管理者所属", "利用管理者所属は不正な文字が含まれています。"),
        e(205, 1, "利用者氏名", "利用者氏名は不正な文字が含まれています。"),
        e(205, 1, "利用者所属", "利用者所属は不正な文字が含まれています。")])
    write("bad", "issue-duplicate-dn.tsv", lines([
        ok,
        issue(student("REIDAI SAKURA", "k2401002"), user=("例題 桜", "k2401002-2026", "工学部", "reidai.sakura@example.ac.jp")),
        issue(f"CN=KAKU ICHIRO,OU=k2401001,OU=Faculty of Engineering,O=Example University,L=Example-shi,C=JP")]),
          [e(212, 3, "主体者DN", "指定したDNは申請ファイル内で重複しています。")])
    write("bad", "issue-dn-already-issued.tsv", lines([issue(DN["mihon"], user=("見本 花子", "s2301001-2026", "先端科学技術研究科", "mihon.hanako@example.ac.jp"))]),
          [e(212, 1, "主体者DN", "指定したDNはすでに存在しています。")])
    write("bad", "issue-unknown-profile.tsv", lines([issue(student("KAKU ICHIRO", "k2401001"), profile="9"),
                                                   issue(student("REIDAI SAKURA", "k2401002"), profile="1")]),
          [e(203, 1, "証明書プロファイルID", "証明書プロファイルIDは指定できない値です。"),
           e(203, 2, "証明書プロファイルID", "証明書プロファイルIDは指定できない値です。")])
    write("bad", "issue-profile-not-digits.tsv", lines([issue(student("KAKU ICHIRO", "k2401001"), profile="５")]),
          [e(204, 1, "証明書プロファイルID", "証明書プロファイルIDは半角数字以外の文字が含まれています。")])
    write("bad", "issue-bad-email.tsv", lines([
        issue(student("KAKU ICHIRO", "k2401001"), user=("架空 一郎", "k2401001-2026", "工学部", "kaku.ichiro@example")),
        issue(student("REIDAI SAKURA", "k2401002"), admin=[ADMIN[0], ADMIN[1], "kanri.jiro+upki@example.ac.jp"])]),
          [e(206, 1, "利用者メールアドレス", "利用者メールアドレスはメール形式ではありません。"),
           e(206, 2, "利用管理者メールアドレス", "利用管理者メールアドレスはメール形式ではありません。")])
    write("bad", "issue-dn-wrong-order.tsv", lines([issue(f"OU=k2401001, CN=KAKU ICHIRO, OU=Faculty of Engineering, {BASE}")]),
          [e(206, 1, "主体者DN", "主体者DNがDN情報のフォーマットに準じていません。")])
    write("bad", "issue-dn-country-not-jp.tsv", lines([issue("CN=KAKU ICHIRO, OU=k2401001, O=Example University, L=Example-shi, C=US")]),
          [e(206, 1, "主体者DN", "主体者DNがDN情報のフォーマットに準じていません。")])
    write("bad", "issue-dn-bad-characters.tsv", lines([issue(f"CN=架空 一郎, OU=k2401001, {BASE}"),
                                                     issue(f"CN=KAKU ICHIRO, OU=k2401001+1, {BASE}")]),
          [e(206, 1, "主体者DN", "主体者DNがDN情報のフォーマットに準じていません。"),
           e(206, 2, "主体者DN", "主体者DNがDN情報のフォーマットに準じていません。")])
    write("bad", "issue-dn-other-institution.tsv", lines([issue("CN=KAKU ICHIRO, OU=k2401001, O=Other University, L=Other-shi, C=JP")]),
          [e(206, 1, "主体者DN", "主体者DNがDN情報のフォーマットに準じていません。")])
    write("bad", "issue-smime-cn-not-email.tsv", lines([issue(student("KAKU ICHIRO", "k2401001"), profile="7")]),
          [e(210, 1, "主体者DN", "主体者DNのCNが利用者メールアドレスと一致しません。")])
    write("bad", "issue-pin-not-bulk.tsv", lines([issue(student("KAKU ICHIRO", "k2401001"), method="1", pin="q7Xv-2mRk_9LpT3w")]),
          [e(210, 1, "アクセスPIN", "アクセスPINはダウンロード方法がP12一括の場合のみ入力できます。")])
    write("bad", "issue-browser-download.tsv", lines([issue(student("KAKU ICHIRO", "k2401001"), method="3")]),
          [e(203, 1, "ダウンロード方法", "ダウンロード方法は指定できない値です。")])
    write("bad", "issue-missing-required.tsv", lines([
        issue(student("KAKU ICHIRO", "k2401001"), admin=[ADMIN[0], ADMIN[1], ""], user=("", "k2401001-2026", "工学部", "kaku.ichiro@example.ac.jp"))]),
          [e(201, 1, "利用管理者メールアドレス", "利用管理者メールアドレスは入力必須項目です。"),
           e(201, 1, "利用者氏名", "利用者氏名は入力必須項目です。")])
    write("bad", "issue-too-long.tsv", lines([issue(student("KAKU ICHIRO", "k2401001"), admin=["管" * 65, ADMIN[1], ADMIN[2]])]),
          [e(202, 1, "利用管理者氏名", "利用管理者氏名は64桁以内で入力してください。")])
    # A renew file uploaded as an issue: column 4 holds a serial.
    write("bad", "issue-reserved-column-filled.tsv", lines([issue(DN["shiken"], serial=S_SHIKEN,
                                                                  user=("試験 太郎", "s2301002-renew", "先端科学技術研究科", "shiken.taro@example.ac.jp"))]),
          [e(203, 1, "項目4", "項目4は入力できない項目です。")])
    write("bad", "issue-blank-line-between.tsv", lines([ok, [""], issue(student("REIDAI SAKURA", "k2401002"))]),
          [e(207, 2, "申請データ", "申請データの項目数が不正です。")])
    write("bad", "issue-empty.tsv", b"", [e(213, 0, "申請ファイル", "申請ファイルに入力がありません。")])
    write("bad", "issue-blank-lines-only.tsv", b"\r\n\r\n", [e(213, 0, "申請ファイル", "申請ファイルに入力がありません。")])
    # A PNG header and some zeros, as when the wrong file is picked.
    write("bad", "issue-binary-garbage.tsv", bytes.fromhex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61"),
          [e(211, 0, "申請ファイル", "申請ファイルがテキスト形式ではありません。")])
    write("bad", "issue-wrong-extension.csv", lines([ok]), [e(209, 0, "申請ファイル", "指定したファイルの拡張子が不正です。")])
    write("bad", "renew-serial-of-other-dn.tsv", lines([issue(DN["shiken"], serial=S_MIHON,
                                                            user=("試験 太郎", "s2301002-renew", "先端科学技術研究科", "shiken.taro@example.ac.jp"))]),
          [e(217, 1, "主体者DN", "主体者DNが指定したシリアル番号の証明書と一致しません。")])
    write("bad", "renew-missing-serial.tsv", lines([issue(DN["shiken"], user=("試験 太郎", "s2301002-renew", "先端科学技術研究科", "shiken.taro@example.ac.jp"))]),
          [e(201, 1, "失効対象証明書シリアル番号", "失効対象証明書シリアル番号は入力必須項目です。")])
    write("bad", "revoke-reason0-without-comment.tsv", lines([revoke(DN["shiken"], S_SHIKEN, "0", user_email="shiken.taro@example.ac.jp")]),
          [e(201, 1, "失効理由コメント", "失効理由コメントは入力必須項目です。")])
    write("bad", "revoke-unknown-serial.tsv", lines([revoke(DN["shiken"], "123456789012345678901234567890", "5", user_email="shiken.taro@example.ac.jp")]),
          [e(216, 1, "失効対象証明書シリアル番号", "指定したシリアル番号の証明書は存在しません。")])
    write("bad", "revoke-already-revoked.tsv", lines([revoke(DN["touroku"], S_TOUROKU, "5", user_email="touroku.saburo@example.ac.jp")]),
          [e(218, 1, "失効対象証明書シリアル番号", "指定したシリアル番号の証明書はすでに失効しています。")])
    write("bad", "revoke-duplicate-serial.tsv", lines([revoke(DN["mihon"], S_MIHON, "5", user_email="mihon.hanako@example.ac.jp"),
                                                      revoke(DN["mihon"], S_MIHON, "1", user_email="mihon.hanako@example.ac.jp")]),
          [e(218, 2, "失効対象証明書シリアル番号", "指定したシリアル番号は申請ファイル内で重複しています。")])
    write("bad", "revoke-bad-reason.tsv", lines([revoke(DN["shiken"], S_SHIKEN, "2", user_email="shiken.taro@example.ac.jp"),
                                                revoke(DN["mihon"], "0x1F", "x", user_email="mihon.hanako@example.ac.jp")]),
          [e(203, 1, "失効理由", "失効理由は指定できない値です。"),
           e(204, 2, "失効対象証明書シリアル番号", "失効対象証明書シリアル番号は半角数字以外の文字が含まれています。"),
           e(204, 2, "失効理由", "失効理由は半角数字以外の文字が含まれています。")])
    # The comment holds F040, the first user-defined (外字) code of CP932.
    gaiji = lines([revoke(DN["shiken"], S_SHIKEN, "0", "GAIJI", user_email="shiken.taro@example.ac.jp")])
    write("bad", "revoke-comment-gaiji.tsv", gaiji.replace(b"GAIJI", "退職".encode("cp932") + b"\xf0\x40"),
          [e(205, 1, "失効理由コメント", "失効理由コメントは不正な文字が含まれています。")])


def issued():
    rows = [("# Certificates example-u already has, for the corpus tests (UTF-8): serial, profile, state, DN.",),
            (S_SHIKEN, "5", "valid", DN["shiken"]), (S_MIHON, "14", "valid", DN["mihon"]),
            (S_KANRI, "7", "valid", DN["kanri"]), (S_TOUROKU, "5", "revoked", DN["touroku"]),
            (S_MADOGUCHI, "13", "valid", DN["madoguchi"])]
    with open(os.path.join(ROOT, "issued.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("".join("\t".join(row) + "\n" for row in rows))


if __name__ == "__main__":
    for folder in ("good", "bad"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
    good()
    bad()
    issued()

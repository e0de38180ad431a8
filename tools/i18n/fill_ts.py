#!/usr/bin/env python3
"""Fill a Qt Linguist .ts file from a dictionary of translations.

    tools/i18n/fill_ts.py translations/headroom_de.ts translations/dict/de.txt
    tools/i18n/fill_ts.py --check translations/headroom_de.ts translations/dict/de.txt

The dictionary is UTF-8 text made of blocks separated by blank lines:

    source text
    its translation                         (plural messages: one line per plural form)

    @Context                                (optional: only for this tr() context; wins over
    source text                              the plain entry)
    its translation

Sources and translations are one line each, with \\n, \\t and \\\\ escaped as in C.  Lines
starting with '#' are comments.  A block with a source and no translation is a stub to fill.
Every message of the .ts whose source is in the dictionary gets that translation and becomes
finished.  A message missing from the dictionary keeps a finished translation made by hand (in
Linguist), otherwise it stays unfinished and is listed; --missing FILE appends stub lines for
those to FILE, ready to be translated and appended to the dictionary.  The script warns when the
%1..%9 / %n placeholders of a translation differ from its source.  Exit status: 1 with --check
when anything is unfinished or a placeholder differs, else 0.
"""
import argparse
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%(?:L?[1-9]|n)')


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            out.append({'n': '\n', 't': '\t', '\\': '\\'}.get(n, '\\' + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def escape(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')


def load_dictionary(path):
    """Blocks separated by blank lines: [@Context line,] source line, translation line(s)."""
    plain, by_context = {}, {}
    with open(path, encoding='utf-8') as f:
        text = f.read()
    number = 1
    for block in text.split('\n\n'):
        lines = [l for l in block.split('\n') if not l.startswith('#')]
        first = number + (1 if block.startswith('\n') else 0)
        number += block.count('\n') + 2
        lines = [l for l in lines if l != '']
        if not lines:
            continue
        target = plain
        if lines[0].startswith('@') and len(lines) > 1:
            target = by_context.setdefault(lines.pop(0)[1:], {})
        source, forms = unescape(lines[0]), [unescape(l) for l in lines[1:]]
        if not forms:
            continue  # a stub still to be translated
        if source in target and target[source] != forms:
            print(f'{path}:{first}: duplicate entry for {source!r}', file=sys.stderr)
        target[source] = forms
    return plain, by_context


def prune_dictionary(path, unused):
    """Drops the plain (context-free) entries in `unused`, keeping comments and everything else."""
    with open(path, encoding='utf-8') as f:
        blocks = f.read().split('\n\n')
    kept = []
    for block in blocks:
        lines = block.split('\n')
        entry = [l for l in lines if l and not l.startswith('#')]
        if len(entry) > 1 and not entry[0].startswith('@') and unescape(entry[0]) in unused:
            block = '\n'.join(l for l in lines if l.startswith('#'))
        if block.strip():
            kept.append(block)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n\n'.join(kept).rstrip('\n') + '\n')
    print(f'{path}: removed {len(unused)} unused entries', file=sys.stderr)


def placeholders(s):
    return sorted(set(PLACEHOLDER.findall(s.replace('%L', '%'))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('ts')
    ap.add_argument('dictionary')
    ap.add_argument('--check', action='store_true', help='write nothing; fail on unfinished entries')
    ap.add_argument('--missing', metavar='FILE', help='append stub lines for missing sources to FILE')
    ap.add_argument('--prune', action='store_true', help='remove dictionary entries no source uses any more')
    args = ap.parse_args()

    plain, by_context = load_dictionary(args.dictionary)
    used = set()
    tree = ET.parse(args.ts)
    root = tree.getroot()
    missing, mismatched, filled = [], [], 0
    for context in root.iter('context'):
        cname = context.findtext('name')
        for m in context.iter('message'):
            source = m.findtext('source') or ''
            tr = m.find('translation')
            entry = by_context.get(cname, {}).get(source)
            if entry is None:
                entry = plain.get(source)
                if entry is not None:
                    used.add(source)
            if entry is None:
                done = tr is not None and tr.get('type') is None and (
                    (tr.text or '').strip() or any((f.text or '') for f in tr.iter('numerusform')))
                if not done:
                    missing.append((cname, source))
                continue
            numerus = m.get('numerus') == 'yes'
            for k in list(tr.attrib):
                del tr.attrib[k]
            for child in list(tr):
                tr.remove(child)
            if numerus:
                tr.text = None
                for form in entry:
                    ET.SubElement(tr, 'numerusform').text = form
            else:
                tr.text = entry[0]
            filled += 1
            for form in entry:
                if placeholders(form) != placeholders(source):
                    mismatched.append((cname, source, form))

    for cname, source, form in mismatched:
        print(f'placeholders differ in {cname}: {source!r} -> {form!r}', file=sys.stderr)
    for cname, source in missing:
        print(f'unfinished in {cname}: {source!r}', file=sys.stderr)
    unused = sorted(set(plain) - used)
    print(f'{args.ts}: {filled} filled, {len(missing)} unfinished, {len(unused)} dictionary entries unused',
          file=sys.stderr)
    if args.prune and unused:
        prune_dictionary(args.dictionary, set(unused))
    if args.missing and missing:
        with open(args.missing, 'a', encoding='utf-8') as f:
            seen = set()
            for cname, source in missing:
                if source not in seen:
                    seen.add(source)
                    f.write(f'\n{escape(source)}\n')
    if args.check:
        return 1 if missing or mismatched else 0

    ET.indent(tree, space='    ')
    body = ET.tostring(root, encoding='unicode')
    with open(args.ts, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())

// What follows the article (classify()): the end matter of a wiki article, the box presenting the author, a closing
// agency tag; and the dateline opening the body.
#include "classify.hpp"
#include "page.hpp"

#include "agency_signatures.hpp"
#include "bylines.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "lexicon_openings.hpp"
#include "press_datelines.hpp"
#include "region_parts.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace archive {

namespace {

// "…と述べた。（共同）", "…表示。(AFP)": the agency's tag glued, no space between, to the full stop of a Chinese or
// Japanese sentence ("。", "！", "？", their full-width forms), in ASCII or full-width brackets (agency_tag()).
std::optional<SourceTag> glued_agency_tag(std::string_view paragraph) {
    const std::size_t most_tag = 32; // bytes: "（共同通信）", "(AFP/Reuters)"
    const std::string_view wide_open = "\uff08", wide_close = "\uff09";
    std::size_t open = std::string_view::npos;
    if (paragraph.ends_with(')'))
        open = paragraph.rfind('(');
    else if (paragraph.ends_with(wide_close))
        open = text::rfind_mark(paragraph, wide_open);
    if (open == std::string_view::npos || paragraph.size() - open > most_tag)
        return std::nullopt;
    const std::string_view before = paragraph.substr(0, open);
    if (!(before.ends_with("\u3002") || before.ends_with("\uff01") || before.ends_with("\uff1f") ||
          before.ends_with("\uff0e")))
        return std::nullopt;
    if (auto ids = agency_tag(paragraph.substr(open)))
        return SourceTag{std::string(paragraph.substr(open)), *ids};
    return std::nullopt;
}

// "... un parere entro trenta giorni. (ANSA).": the agency's tag in the parenthesis closing a paragraph (its final
// stops aside), "(ANSA)", "(ats/afp)", "(Avec AFP)"; null when none closes it.
std::optional<SourceTag> closing_agency_tag(std::string_view paragraph) {
    while (!paragraph.empty() && paragraph.back() == '.')
        paragraph.remove_suffix(1);
    // bytes: "(ats/afp)", "(ANSA)", "(Avec AFP)", "(Anna Berger, Jakob Huber, APA, 5.12.2026)"
    const std::size_t most_tag = 48;
    const std::size_t open = paragraph.ends_with(')') ? text::rfind_mark(paragraph, " (") : std::string_view::npos;
    if (open != std::string_view::npos && paragraph.size() - open <= most_tag)
        if (auto ids = agency_tag(paragraph.substr(open + 1)))
            return SourceTag{std::string(paragraph.substr(open + 1)), *ids};
    return glued_agency_tag(paragraph);
}

// "(ats) La compagnie a présenté lundi son programme ...", "(sda) Der Grosse Rat hat am Mittwoch ...": the agency's
// tag in the parenthesis opening the text's first paragraph with no dash after it (with one it is a dateline's,
// dateline_tag()), then a sentence of the text, a capital or a quotation mark first and five words at least; null
// for "(Archives) La piscine ...", "(Video) The mayor ..." (no agency) or a tag before a few words.
std::optional<SourceTag> opening_agency_tag(std::string_view paragraph) {
    const std::size_t most_tag = 24, fewest_words = 5; // bytes: "(ats/afp)", "(Keystone-ATS)"
    if (paragraph.size() < 3 || paragraph.front() != '(')
        return std::nullopt;
    const std::size_t close = paragraph.find(')');
    if (close == std::string_view::npos || close > most_tag || close + 2 >= paragraph.size() ||
        paragraph[close + 1] != ' ')
        return std::nullopt;
    const std::string_view rest = paragraph.substr(close + 2);
    const bool quoted = rest.starts_with("\u00ab") || rest.starts_with("\u201e") || rest.starts_with("\u201c") ||
                        rest.starts_with('"');
    if (!(text::starts_upper(rest) || quoted) || text::split_ws(rest, fewest_words).size() < fewest_words)
        return std::nullopt;
    if (auto ids = agency_tag(paragraph.substr(0, close + 1)))
        return SourceTag{std::string(paragraph.substr(0, close + 1)), *ids};
    return std::nullopt;
}

// "Regionaljournal Bern Freiburg Wallis, 12.06.2024, 17:30 Uhr ; sda/lisw": a broadcaster's credit line closed, after
// a semicolon, by the agency's tag (a single token: "sda/lisw", "SDA", "red/dpa"); its agencies.
std::optional<std::vector<std::string>> semicolon_tag(std::string_view line) {
    const std::size_t semicolon = line.rfind(';');
    if (semicolon == std::string_view::npos || semicolon == 0)
        return std::nullopt;
    const std::string_view after = text::trim(line.substr(semicolon + 1));
    if (after.empty() || after.find(' ') != std::string_view::npos)
        return std::nullopt;
    return agency_tag(after);
}

// "SRF 4 News, 05.12.2026, 06:00 Uhr ; sda/jaw": the broadcaster's credit line under the text dates the article
// with its time; it gives `published` when none was read, or the time to the same day read without one (an audio
// player's "aus SRF 4 News vom 05.12.2026" over the text names the programme's day alone). A stamp of another day
// leaves the date read alone.
void credit_line_date(Article& a, std::string_view credit, std::string_view language) {
    const std::size_t day_bytes = 10; // "2026-12-05"
    const DateLine d = read_dates(credit, language);
    if (!d.published || d.published->size() <= day_bytes)
        return;
    if (!a.published || (a.published->size() == day_bytes && *a.published == d.published->substr(0, day_bytes)))
        a.published = d.published;
}

// "Portada Local Sucesos Deportes" / ... / "Sucesos - Un vecino de ...": a word the page prints over its text in its
// menu (an entry of a line of labels, no stop closing it) before the dash and a sentence opening with an indefinite
// article (the language's indefinite_words) is the site's section label, no place. A town's dateline opens a report
// on what the town's readers know, with a definite article ("Tudela - El ayuntamiento ..."), and stays one where a
// regional paper prints its towns in the menu.
bool menu_label_before_dash(const Page& p, std::size_t at, std::string_view place, std::string_view paragraph) {
    const Lexicon* own = lexicon(p.language);
    const LexiconSection* indefinite = own != nullptr ? own->section("indefinite_words") : nullptr;
    const std::vector<std::string_view> after = text::split_ws(paragraph.substr(place.size()));
    if (indefinite == nullptr || after.size() < 2 || !indefinite->has(text::lower(after[1])))
        return false;
    const int most_menu_words = 12;
    for (std::size_t k = 0; k < at; ++k) {
        const Block& b = p.blocks[k];
        if ((p.role[k] != Role::none && p.role[k] != Role::boilerplate) || b.end_punct || b.words > most_menu_words)
            continue;
        for (std::string_view word : text::split_ws(b.text))
            if (word == place)
                return true;
    }
    return false;
}

} // namespace

void add_end_matter(Page& p, std::size_t re, const Contents& toc, const std::vector<char>& notes) {
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = blocks.size();
    Article& a = p.article;
    // (A line is asked whether the contents list it only when it is no marked heading, its text the title sought:
    // a text of no title's size, most lines under the region, is settled before its mark is sought again.)
    auto listed_heading = [&](std::size_t k) { return toc.may_list(blocks[k].text) && toc.listed_heading(blocks, k); };
    // "See also[edit]", "References[edit]", "External links[edit]": the end matter of a wiki article, lists of links
    // that the region leaves out, keeps the headings the page marks or its table of contents lists, and the notes
    // under them; their lists of links stay out.
    // A title the contents list heads one section: another copy of it further down is in a box of links.
    std::set<std::string> used;
    auto title_of = [](const std::string& heading) { return marked_heading(heading).value_or(heading); };
    for (const auto& s : a.sections)
        if (s.heading)
            used.insert(title_of(*s.heading));
    // "Einzelnachweise" / "↑ Gemeindearchiv, Akte 1909." / "↑ Förderverein: Öffnungszeiten.": the notes right under
    // such a heading are its paragraphs, however few (note_lines() wants three for a list of notes elsewhere), as
    // three would be: no empty section over notes left in the boilerplate. (A note opens with "^" or a character of
    // three bytes from 0xE2, "↑": its first byte settles most lines.)
    bool under_heading = false;
    const auto note_under_heading = [&](std::size_t k) {
        const std::string& t = blocks[k].text;
        return under_heading && !t.empty() && (t.front() == '^' || t.front() == '\xE2') && note_entry(t);
    };
    for (std::size_t k = re + 1; k < n; ++k)
        if (p.role[k] == Role::none &&
            (marked_heading(blocks[k].text) || (listed_heading(k) && used.insert(title_of(blocks[k].text)).second))) {
            p.role[k] = Role::heading;
            a.sections.push_back(Section{blocks[k].text, {}});
            under_heading = true;
        } else if (p.role[k] == Role::none && (notes[k] || note_under_heading(k))) {
            if (a.sections.empty())
                a.sections.emplace_back();
            p.role[k] = Role::paragraph;
            a.sections.back().paragraphs.push_back(blocks[k].text);
        } else {
            under_heading = false;
        }
}

void add_author_section(Page& p, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = blocks.size();
    const std::string_view language = p.language;
    Article& a = p.article;
    // "About the author / Jane Doe / Jane Doe covers the harbour for the paper.": the box presenting the author right
    // under the article is its last section, a title of the lexicons' [author_box_titles] over a name and a few lines
    // of text (a title over a list of links or a form is a box of the site).
    for (std::size_t k = re + 1; k < n && k <= re + 2; ++k) {
        std::string_view low = text::trim(blocks[k].lower);
        while (!low.empty() && low.back() == ':')
            low.remove_suffix(1);
        if (p.role[k] != Role::none || !any_language_has("author_box_titles", low))
            continue;
        Section box{blocks[k].text, {}};
        bool bio = false;
        std::vector<std::size_t> taken;
        for (std::size_t j = k + 1; j < n && j <= k + 3; ++j) {
            const Block& x = blocks[j];
            if (p.role[j] != Role::none || x.boilerplate || x.urls > 0 || p.terminator[j])
                break;
            bool name = x.words >= 2 && x.words <= 4 && !x.end_punct && x.upper_initial == x.words;
            bool text = (textual(p.raw_quality[j]) || short_sentence(x, language) || author_bio(x)) && x.words <= 90;
            // "Jane Doe / Follow / Jane Doe covers the harbour ...": a button of one word under the name stays out.
            if (!name && !text && x.words == 1 && !x.end_punct && !taken.empty() && !bio)
                continue;
            // "About the Author / <bio> / Explore More Topics / <tags>": a name-shaped line under the bio titles the
            // next box of the page, no second name of this one.
            if ((!name && !text) || (name && !text && bio))
                break;
            bio = bio || text;
            box.paragraphs.push_back(x.text);
            taken.push_back(j);
        }
        if (!bio)
            break;
        p.role[k] = Role::heading;
        for (std::size_t at : taken)
            p.role[at] = Role::paragraph;
        a.sections.push_back(std::move(box));
        break;
    }
}

void tidy_author_names(Article& a) {
    // "Rozmawiał Marek Sobieraj", "Intervista di Giulia Ferri": an interview signed at its head by the one who asked
    // its questions, the sign-off's words (lexicon section interview_signoffs) read as a name's first words; the name
    // is what follows them. (Under the text the line is the interview's sign-off, no byline: sections_build.cpp.)
    static const LexiconSection& signoffs = any_language_section("interview_signoffs"); // (found once)
    auto without_signoff = [&](const std::string& name) {
        const std::size_t at = opens_with_entry(signoffs, text::lower(name));
        if (at == 0 || at >= name.size() || name[at] != ' ')
            return name;
        const std::string rest(text::trim(std::string_view(name).substr(at)));
        return text::starts_upper(rest) ? rest : name;
    };
    std::vector<std::string> names;
    for (const auto& name : a.authors) {
        std::string plain = without_closing_stop(without_signoff(name));
        if (std::find(names.begin(), names.end(), plain) == names.end())
            names.push_back(std::move(plain));
    }
    a.authors = std::move(names);
}

void read_source_tag(Page& p, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = blocks.size();
    Article& a = p.article;
    // "Von Jana Roth, dpa", "By Jane Roe, PA Political Correspondent", "AFP 30 avril 2015": an agency the byline or
    // the date line named gives way to the agency's own credit of the text, a closing tag or a dateline, which prints
    // it in full (no line of its own tagged the text yet).
    bool byline_agency = a.source_tag && a.source_tag->raw.find(' ') == std::string::npos &&
                         agency_id(a.source_tag->raw) &&
                         std::find(p.role.begin(), p.role.end(), Role::source_tag) == p.role.end();
    // "<headline> / ACN / Manresa / <date> / <text> / (ACN)": the agency's bare name on a line of the head tagged the
    // text already; the closing tag naming that agency, as printed, is the raw tag (the head's line stays with the
    // boilerplate).
    std::optional<std::string> head_agency;
    if (a.source_tag && !byline_agency && a.source_tag->raw.find(' ') == std::string::npos) {
        const auto tagged = std::find(p.role.begin(), p.role.end(), Role::source_tag);
        const auto at = static_cast<std::size_t>(tagged - p.role.begin());
        if (at < re && text::trim(blocks[at].text) == a.source_tag->raw &&
            std::find(tagged + 1, p.role.end(), Role::source_tag) == p.role.end())
            head_agency = agency_id(a.source_tag->raw);
    }
    // A broadcaster's credit line closed by the tag (semicolon_tag()): the tag as printed after the semicolon is the
    // raw tag; the whole line, a credit, stays with the boilerplate, its date read.
    auto tag_by_credit_line = [&](std::size_t k, const std::vector<std::string>& ids) {
        const std::string_view line = blocks[k].text;
        const std::size_t semicolon = line.rfind(';');
        p.role[k] = Role::boilerplate;
        a.source_tag = SourceTag{std::string(text::trim(line.substr(semicolon + 1))), ids};
        credit_line_date(a, line.substr(0, semicolon), p.language);
    };
    // "© 2026 AFP", "© dpa-infocom, dpa:261206-930-123456/1", "Riproduzione riservata © Copyright ANSA": the agency's
    // copyright notice right under its text (agency_copyright_line()) tags a text no other line tagged (a dateline or a
    // closing tag, read below, prints the agency's own tag). "<caption> / © dpa": under a picture's caption, or read as
    // a credit, the same mark credits the picture.
    std::optional<std::pair<std::size_t, std::vector<std::string>>> notice;
    auto agency_notice = [&](std::size_t k) -> std::optional<std::vector<std::string>> {
        const auto picture = [&](std::size_t at) { return p.role[at] == Role::caption || p.role[at] == Role::credit; };
        if (picture(k) || picture(k - 1))
            return std::nullopt;
        return agency_copyright_line(blocks[k].text);
    };
    // "Mehr News zur EU / <title> / AFP", "Recommended Stories / <title> / Reuters / 3h ago": a list's label
    // (is_terminator(), related_label()) or a teaser's title, a line of four words or more closing no sentence, stands
    // between the text and the next lines, which are the list's: an agency's bare name there is a teaser's.
    bool crossed_list = false;
    const auto cross = [&](std::size_t k) {
        const int fewest_title_words = 4;
        const Block& b = blocks[k];
        // (The agency's notice, "Riproduzione riservata © Copyright ANSA", is no title.)
        if (!crossed_list && p.role[k] != Role::caption && p.role[k] != Role::credit && !(notice && notice->first == k))
            crossed_list = (b.words >= fewest_title_words && !b.end_punct) || p.terminator[k] || related_label(b);
    };
    // After the article: a closing agency tag ("(ats)") within a few lines; "Regionaljournal Bern, 12.06.2024,
    // 17:30 Uhr ; sda/lisw": or the tag closing a broadcast's credit line after its semicolon (semicolon_tag()).
    for (std::size_t k = re + 1; k < n && k <= re + 3 && (!a.source_tag || byline_agency || head_agency); ++k) {
        auto tag = agency_tag(blocks[k].text);
        if (tag && head_agency && std::find(tag->begin(), tag->end(), *head_agency) == tag->end())
            continue;
        if (tag && crossed_list && !text::trim(blocks[k].text).starts_with('('))
            tag.reset();
        if (tag) {
            head_agency.reset();
            p.role[k] = Role::source_tag;
            a.source_tag = SourceTag{blocks[k].text, *tag};
            byline_agency = false;
        } else if (auto signed_tag = a.source_tag ? std::nullopt : signed_agency_line(blocks[k].text)) {
            // "Autor: Karol Kostrzewa (PAP)": the writer signed with the agency tags a text no line tagged yet; the
            // agency in its parenthesis is the raw tag, the line (a byline the head may have read) stays with the
            // boilerplate. "Delphine Gendre/ats": the tag after the slash is the raw tag, and the writer, signing the
            // text under it, its author when the head named none.
            const std::string_view line = text::trim(blocks[k].text);
            if (auto slashed = slashed_signature(line)) {
                a.source_tag = SourceTag{std::string(slashed->tag), *signed_tag};
                if (a.authors.empty())
                    a.authors.emplace_back(slashed->name);
            } else {
                a.source_tag = SourceTag{std::string(line.substr(line.rfind('('))), *signed_tag};
            }
            byline_agency = false;
        } else if ((tag = semicolon_tag(blocks[k].text))) {
            tag_by_credit_line(k, *tag);
            byline_agency = false;
        } else if (!notice && !crossed_list && (tag = agency_notice(k))) {
            notice.emplace(k, std::move(*tag));
        }
        cross(k);
    }
    // "Articles en relation / <title> / <title> / (ats)", "Das könnte dich auch interessieren: / <title> / Abonniere
    // unseren Newsletter / (sda)": the tag in parentheses alone on its line, printed under the boxes closing the
    // article, a few lines further (every line between them left out of the article). "Vidéo / <its title> / 19h30
    // / 1 min. / hier à 19:30 / ats/ther": so is the bare tag with its desk's initials (agency and initials joined by
    // '/', one word), under a video's lines. "Legende: / <caption> / <credit> / Video / <its title> / 02:45 min /
    // SRF Sport, 06.12.2026, 22:05 Uhr; sda/tri": and the broadcaster's credit line closed by the tag after its
    // semicolon (semicolon_tag()), under a picture's caption and credit too (the lines of a picture are passed over).
    // "© dpa-infocom ... / Verwendete Quellen / Nachrichtenagentur dpa / Quelle: dpa": a labelled agency
    // (labelled_agency()) a few lines under the text, no list's label nor teaser's title crossed on the way.
    const std::size_t most_box_lines = 8;
    for (std::size_t k = re + 4; k < n && k <= re + most_box_lines && !a.source_tag; ++k) {
        if (p.role[k] == Role::caption || p.role[k] == Role::credit)
            continue;
        if (p.role[k] != Role::none)
            break;
        const std::string_view line = text::trim(blocks[k].text);
        const bool desk_tag = line.find(' ') == std::string_view::npos && line.find('/') != std::string_view::npos;
        if (line.starts_with('(') || desk_tag || (!crossed_list && labelled_agency(line))) {
            if (auto tag = agency_tag(line)) {
                p.role[k] = Role::source_tag;
                a.source_tag = SourceTag{blocks[k].text, *tag};
            }
        } else if (auto tag = semicolon_tag(line)) {
            tag_by_credit_line(k, *tag);
        }
        cross(k);
    }
    // A dateline opening the body: "PARIS (Reuters) - ...", or the writer's own, "ROMA - ...".
    if (!a.sections.empty() && !a.sections.front().paragraphs.empty()) {
        if (auto dl = body_dateline(a.sections)) {
            // ("(Reuters) - The ...": the tag opening the text without a place gives no dateline.)
            if (!dl->place.empty())
                a.dateline = dl->place;
            if ((!a.source_tag || byline_agency) && !dl->agencies.empty())
                a.source_tag = SourceTag{dl->raw, dl->agencies};
            // "HARFORD, December 5, 2026 – Kestrel Labs today announced ...": a press release's place in capitals
            // reads as a wire's dateline, but the day after its comma is the release's, when no date line gave one.
            if (!a.published && dl->agencies.empty())
                if (auto press = press_dateline(a.sections.front().paragraphs.front(), p.language);
                    press && !press->iso.empty() && press->place == dl->place)
                    a.published = press->iso;
        } else {
            // "Weiden/Kaltenbrunn, 3. März 2025. Die ...": a press release's place and day, opening its text or on the
            // date line right over it.
            // (A note on a change to the article printed over the text, "Korrektur: In einer früheren Fassung ...",
            // is passed over: the paragraph under it opens the text.)
            const std::vector<std::string>& opening_paragraphs = a.sections.front().paragraphs;
            const std::string& opening = opening_paragraphs.size() > 1 && update_note(opening_paragraphs.front())
                                             ? opening_paragraphs[1]
                                             : opening_paragraphs.front();
            auto press = press_dateline(opening, p.language);
            const auto first = std::find(p.role.begin(), p.role.end(), Role::paragraph);
            const auto at = static_cast<std::size_t>(first - p.role.begin());
            if (!press && at > 0 && at < n && p.role[at - 1] == Role::date)
                press = press_dateline(blocks[at - 1].text, p.language);
            // "Linz – Die Ambulanz ...", "Chiavenna - Il sindaco ...": a place in small letters and a dash, where the
            // page's language prints its datelines so (small_place_dash()).
            // "BERLIN, 24. Nov. (dpa) -" / "Das Kabinett hat ...": the agency's dateline alone on its line, closed by
            // the dash that opens the text under it, a line the body does not keep.
            // "MARBELLA (MÁLAGA), 4 (EUROPA PRESS)" / "La alcaldesa ...": Europa Press's site closes the line on the
            // agency's tag, with no dash (own_line_dateline()).
            auto lone_dateline = [&](std::size_t k) -> std::optional<DatelineTag> {
                const int most_words = 8;
                const std::string_view line = text::trim(blocks[k].text);
                if (p.role[k] == Role::paragraph || blocks[k].words > most_words || line.empty())
                    return std::nullopt;
                // (The text under it is the opening paragraph, whose line the body holds now.)
                if (line.back() == ')' && k + 1 == at) {
                    auto tag = own_line_dateline(line, opening);
                    return tag && !tag->place.empty() && !tag->agencies.empty() ? tag : std::nullopt;
                }
                if (!(line.ends_with(" -") || line.ends_with(" \u2013") || line.ends_with(" \u2014")))
                    return std::nullopt;
                auto tag = dateline_tag(line);
                return tag && !tag->place.empty() ? tag : std::nullopt;
            };
            auto take_lone = [&](const DatelineTag& tag) {
                press = PressDateline{tag.place, ""};
                if (!a.source_tag && !tag.agencies.empty())
                    a.source_tag = SourceTag{tag.raw, tag.agencies};
            };
            if (!press && at > 0 && at < n)
                if (auto tag = lone_dateline(at - 1))
                    take_lone(*tag);
            if (!press)
                if (auto place = small_place_dash(opening, p.language);
                    place && !menu_label_before_dash(p, at, *place, opening)) {
                    press = PressDateline{*place, ""};
                    // "Archivo - El presidente, en el Congreso. / - Ana Gil - Europa Press - Archivo / MADRID, 24 Nov.
                    // (EUROPA PRESS) -": a picture's caption read as the text's first paragraph opens with a word and
                    // a dash; the agency's dateline alone on its line a few lines under it is the text's.
                    const std::size_t most_lines_under = 4;
                    for (std::size_t k = at + 1; k < n && k <= at + most_lines_under; ++k)
                        if (auto tag = lone_dateline(k)) {
                            take_lone(*tag);
                            break;
                        }
                }
            // "Hannover. Der Landtag ...": a German regional paper's place, in small letters, closed by a full stop.
            if (!press)
                if (auto place = small_place_stop(opening, p.language))
                    press = PressDateline{*place, ""};
            // "Ciudad de México.- Un sismo ...": a Latin American paper's place, in small letters.
            if (!press)
                if (auto place = stop_dash_place(opening))
                    press = PressDateline{*place, ""};
            // ("Anna Muster, 03.03.2021": the date line's name was read as its author's, no place.)
            if (press && std::find(a.authors.begin(), a.authors.end(), press->place) == a.authors.end()) {
                a.dateline = press->place;
                if (!a.published && !press->iso.empty())
                    a.published = press->iso;
            }
        }
    }
    // "... un parere entro trenta giorni. (ANSA).": the closing tag glued to the text's last paragraph, which keeps it.
    // "... dimanche prochain. (ats) / Rives - Montvert 2-1 (0-1) / Buts: ...": or to the paragraph over the facts box
    // of a match report (past_match_facts()), the text's last.
    if (!a.source_tag && !a.sections.empty() && !a.sections.back().paragraphs.empty()) {
        const std::vector<std::string>& paragraphs = a.sections.back().paragraphs;
        std::size_t at = paragraphs.size() - 1;
        for (std::size_t i = 1; i < paragraphs.size(); ++i)
            if (result_line(paragraphs[i])) {
                at = i - 1;
                break;
            }
        a.source_tag = closing_agency_tag(paragraphs[at]);
        // "... participaron en la investigación. EFE": the agency's name alone after the last stop signs it too.
        if (!a.source_tag)
            if (auto signed_by = agency_after_stop(paragraphs[at]))
                a.source_tag = SourceTag{std::string(signed_by->first), std::move(signed_by->second)};
    }
    if (!a.source_tag && !a.sections.empty() && !a.sections.front().paragraphs.empty())
        a.source_tag = opening_agency_tag(a.sections.front().paragraphs.front());
    // "22:41 / <title> / <text>. (EFE) / ... / 22:05 / <title> / <text>. (Europa Press)": a live blog's entries, each
    // closed by the tag of the agency that wrote it, the last one by none: two tagged paragraphs or more give the
    // record's source, every agency they name (the tags printed, one after the other, as `raw`).
    if (!a.source_tag) {
        std::optional<SourceTag> tags;
        int tagged = 0;
        for (const Section& section : a.sections)
            for (const std::string& paragraph : section.paragraphs)
                if (auto tag = paragraph.ends_with(')') || paragraph.ends_with(").") ? closing_agency_tag(paragraph)
                                                                                      : std::nullopt) {
                    ++tagged;
                    if (!tags) {
                        tags = std::move(tag);
                        continue;
                    }
                    if (tags->raw.find(tag->raw) == std::string::npos)
                        tags->raw += " " + tag->raw;
                    for (std::string& id : tag->agencies)
                        if (std::find(tags->agencies.begin(), tags->agencies.end(), id) == tags->agencies.end())
                            tags->agencies.push_back(std::move(id));
                }
        if (tagged >= 2)
            a.source_tag = std::move(tags);
    }
    if (!a.source_tag && notice) {
        p.role[notice->first] = Role::source_tag;
        a.source_tag = SourceTag{blocks[notice->first].text, std::move(notice->second)};
    }
}

} // namespace archive

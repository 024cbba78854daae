// The pictures of the page (classify()): collect_media() pairs each credit with the caption over it and drops the
// credits that credit no picture (an agency's byline or desk, a menu's entry, a masthead, a table's source). (The
// lines read as credits by their place: media_credit_lines.cpp; the captions a label, a credit's shape or its place
// finds: media_captions.cpp; a caption printed twice, counted galleries, captions under markers and bylines, and the
// counters and picture labels left on captions: media_galleries.cpp.)
#include "agency_signatures.hpp"
#include "bylines.hpp"
#include "classify.hpp"
#include "credits_parts.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "media_parts.hpp"
#include "page.hpp"
#include "region_parts.hpp"
#include "sections_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <bit>
#include <optional>
#include <vector>

namespace archive {

// "Reuters", "AFP", "Associated Press": a line that is an agency's name and nothing else (no label, no photographer,
// no parenthesis, no copyright sign).
bool lone_agency_name(const std::string& line) {
    if (line.find_first_of("(:/|") != std::string::npos || line.find("\u00a9") != std::string::npos)
        return false;
    static const LexiconSection* full_names = common_lexicon().section("agency_names"); // ("associated press")
    return agency_id(line).has_value() || agency_tag(line).has_value() ||
           (full_names != nullptr && full_names->has(text::lower(line)));
}

namespace {

// "AFP", "Europa Press", "The Canadian Press", "Agence France-Presse": the agencies a line alone names (agency_tag(),
// agency_id() of a name known whole, or agency_name_line(): an agency's word and its id).
std::optional<std::vector<std::string>> lone_agency_ids(const Block& b) {
    auto ids = agency_tag(b.text);
    if (auto id = ids ? std::nullopt : agency_id(b.text))
        ids = std::vector<std::string>{*id};
    if (auto id = ids ? std::nullopt : agency_name_line(b.lower))
        ids = std::vector<std::string>{*id};
    return ids;
}

} // namespace

// "Selon le ministre, il s'agit de «la pire saison depuis 2007».", "Según el concejal, la medida busca «devolver el
// centro a los vecinos».": a line quoting someone's words, five or more, in guillemets or low-high marks inside its
// sentence, is a paragraph reporting speech, no caption for the credit under it. (A caption names a film or a book
// in such marks, "L'actrice sur le tournage de «Les Misérables».", in fewer words.)
bool reports_quotation(std::string_view line) {
    const long least_spaces = 4; // (between five words)
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\u00ab", "\u00bb"},
                                      {"\u201e", "\u201c"}}) {
        const std::size_t at = line.find(open);
        if (at == std::string_view::npos || at == 0)
            continue;
        const std::size_t end = line.find(close, at + open.size());
        if (end == std::string_view::npos)
            continue;
        const std::string_view inner = text::trim(line.substr(at + open.size(), end - at - open.size()));
        if (std::count(inner.begin(), inner.end(), ' ') >= least_spaces)
            return true;
    }
    return false;
}

// "Der Quartierverein befürchtet, dass die Bauarbeiten das Gewerbe belasten.", "Le maire a déclaré qu'il ...", "The
// council said that ...": a verb of speech or thought (lexicon sections speech_verbs and thought_verb_words of the
// page's language) then the word opening the clause it reports (section that), a comma between them or not: a
// paragraph reporting someone's words or fears, no caption for the credit under it. A caption says what the picture
// shows. (The verb of three letters at least: "so" of "so der Sprecher" opens "so, dass", a clause of result.)
bool reports_speech(std::string_view line, std::string_view language) {
    const Lexicon* lex = lexicon(language);
    if (lex == nullptr)
        return false;
    const LexiconSection* that = lex->section("that");
    const LexiconSection* thought = lex->section("thought_verb_words");
    if (that == nullptr)
        return false;
    const std::size_t least_verb_bytes = 3;
    const auto words = text::split_ws(line);
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
        std::string_view verb = words[k];
        if (verb.ends_with(','))
            verb.remove_suffix(1);
        std::string_view clause = words[k + 1];
        // ("qu'il", "qu’elle": the elided word before its apostrophe)
        for (const std::string_view apostrophe : {"'", "\u2019"})
            if (const std::size_t at = clause.find(apostrophe); at != std::string_view::npos && at > 0)
                clause = clause.substr(0, at);
        if (verb.size() < least_verb_bytes || !that->has(text::lower(clause)))
            continue;
        const std::string low = text::lower(verb);
        if (lex->has_speech_verb(low) || (thought != nullptr && thought->has(low)))
            return true;
    }
    return false;
}

namespace {

// A picture stands beside the credit at `i`: a caption over it that collect_media() gives it (a line of three to
// thirty words right over it, past the caption's duplicate) or a caption's sentence under it inside the text, a
// caption or another credit on the line over or under it, or a gallery's counter there ("12/50 Ferry sales rise").
bool picture_beside(const Page& p, std::size_t i, std::size_t head_from) {
    const auto& blocks = p.blocks;
    auto picture = [&](std::size_t k) {
        return p.role[k] == Role::caption || p.role[k] == Role::credit || slide_number(blocks[k].text).has_value();
    };
    if ((i > 0 && picture(i - 1)) || (i + 1 < blocks.size() && picture(i + 1)))
        return true;
    std::size_t k = i;
    while (k > 0 && p.role[k - 1] == Role::duplicate)
        --k;
    auto caption_words = [&](const Block& b) { return b.words >= 3 && b.words <= most_caption_words; };
    if (k > head_from + 1 && i - k <= 2 && p.role[k - 1] == Role::none && caption_words(blocks[k - 1]))
        return true;
    // "<paragraph>" / "CNN" / "The ad sits far down the page." / "<paragraph>": a picture inside the text, its caption
    // a sentence under its credit.
    return k > head_from + 1 && p.role[k - 1] == Role::none && i + 1 < blocks.size() && p.role[i + 1] == Role::none &&
           caption_words(blocks[i + 1]) && blocks[i + 1].end_punct;
}

// "Home", "World", "Markets": a menu's entry, a line of one or two words with no stop nor figure that no role but
// the boilerplate's marks.
bool menu_entry_line(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const int most_entry_words = 2;
    return (p.role[k] == Role::none || p.role[k] == Role::boilerplate) && b.words >= 1 &&
           b.words <= most_entry_words && !b.end_punct && b.digits == 0;
}

// A credit of names alone: no label's colon, slash, bar, parenthesis nor copyright sign.
bool names_alone(std::string_view line) {
    return line.find_first_of("(:/|") == std::string_view::npos && line.find("\u00a9") == std::string_view::npos;
}

} // namespace

// "by University of Northhaven", "von Anna Muster", "par Jeanne Morel": a short line (eight words at most, no final
// mark) opened by a byline's word of one word (lexicon section byline, any language), a capital after it: a byline,
// no picture's caption, over a credit. ("By the harbour wall", "Di notte il porto", "By Monday the ferry sailed
// again." are captions: a small word after the first, or a stop.)
bool byline_shaped(const Block& b) {
    const int most_words = 8;
    if (b.words < 2 || b.words > most_words || b.end_punct)
        return false;
    const std::string_view low = b.lower;
    const std::size_t space = low.find(' ');
    static const LexiconSection& bylines = any_language_section("byline");
    if (space == std::string_view::npos || !bylines.has(low.substr(0, space)))
        return false;
    const std::string_view rest = text::trim(std::string_view(b.text).substr(std::min(space, b.text.size())));
    return text::starts_upper(rest);
}

namespace {

// See collect_media(): the credit at `i`, names alone, over a menu's entries with no text over it on the page.
bool masthead_name(const Page& p, std::size_t i) {
    const auto& blocks = p.blocks;
    if (!names_alone(blocks[i].text) || !menu_entry_line(p, i + 1) || !menu_entry_line(p, i + 2))
        return false;
    for (std::size_t k = 0; k < i; ++k)
        if (blocks[k].words > most_caption_words && blocks[k].end_punct)
            return false;
    return true;
}

// See collect_media(): the credit at `i`, names alone, closing a run of a menu's entries (two lines right over it)
// right over a title (a line of four words or more that no stop closes and no role marks yet).
bool menu_entry_over_title(const Page& p, std::size_t i) {
    const int least_title_words = 4;
    if (i < 2 || i + 1 >= p.blocks.size() || p.blocks[i].blank_before || !names_alone(p.blocks[i].text))
        return false;
    const Block& under = p.blocks[i + 1];
    return p.role[i + 1] == Role::none && under.words >= least_title_words && !under.end_punct &&
           menu_entry_line(p, i - 1) && menu_entry_line(p, i - 2);
}

// See collect_media(): the credit at `i`, names alone, inside a run of a menu's entries (two lines right over it, one
// right under it), no comma in it nor in the entry under it ("Image source, Getty Images" / "Image caption," is a
// broadcaster's credit over its caption's label).
bool menu_entry_within_run(const Page& p, std::size_t i) {
    const auto& blocks = p.blocks;
    if (i < 2 || i + 1 >= blocks.size() || blocks[i].blank_before || !names_alone(blocks[i].text) ||
        blocks[i].text.find(',') != std::string::npos || blocks[i + 1].text.find(',') != std::string::npos)
        return false;
    // (Another such credit may be the next entry: "EFE Verde" / "EFE Salud".)
    auto entry = [&](std::size_t k) {
        return menu_entry_line(p, k) || (p.role[k] == Role::credit && blocks[k].words <= 2 && !blocks[k].end_punct &&
                                         blocks[k].digits == 0 && names_alone(blocks[k].text));
    };
    return entry(i + 1) && entry(i - 1) && entry(i - 2);
}

// "Europa Press" / "Collado Villalba" / "Actualizado: 03/03/2025 10:15h": an agency's name over the date line, a
// short line of the place between them, heads the article's byline block: it names the agency that wrote the text
// and credits no picture, whatever line stands over it.
bool over_date_line(const Page& p, std::size_t i) {
    const auto& blocks = p.blocks;
    std::size_t k = i + 1;
    if (k < blocks.size() && p.role[k] == Role::none && blocks[k].words <= 3 && !blocks[k].end_punct &&
        blocks[k].digits == 0)
        ++k;
    return k < blocks.size() && p.role[k] == Role::date;
}

// "Europa Press Madrid", "Reuters London": an agency's name (agency_id()) and one capitalised word after it, the
// place of the agency's desk.
bool agency_desk_line(const Block& b) {
    const int most_words = 4;
    if (b.words < 2 || b.words > most_words || b.end_punct || b.digits > 0) // (the counts first)
        return false;
    const std::string_view line = b.text;
    const std::size_t space = line.rfind(' ');
    return space != std::string_view::npos && text::starts_upper(line.substr(space + 1)) &&
           line.find_first_of("(:/|,") == std::string_view::npos && agency_id(line.substr(0, space)).has_value();
}

// "Elections 2026" / "Elections 2026" / <live blog> / ... / "Elections 2026" / <links>: a short line without a
// final mark printed twice in the article's region and a third time past its end is the label of the page's series
// or topic, no picture's caption printed twice. (Asked only of a line printed three times or more.)
bool printed_outside(const Page& p, std::size_t i, std::size_t re) {
    const Block& b = p.blocks[i];
    const int most_words = 8;
    if (b.repeats < 2 || b.end_punct || b.words > most_words)
        return false;
    for (std::size_t j = re + 1; j < p.blocks.size(); ++j)
        if (p.blocks[j].text == b.text)
            return true;
    return false;
}

} // namespace

namespace {

// "Text: Jane Roe" / "Fotos: Matthias Gertsch" / "Publiziert: 03.12.2026", "<chapeau>" / "Photos : Erwan Le Bihan" /
// "3 décembre 2026": a plural picture label (lexicon section plural_picture_labels) and a name alone, one to four
// capitalised words, right over the date line or the byline or right under the byline, names who took the story's
// pictures: the photographer's byline, no picture's credit, and the line over it no caption.
bool photographers_byline(const Page& p, std::size_t i) {
    const std::size_t most_name_words = 4;
    const Block& b = p.blocks[i];
    const std::string_view line = b.text;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || b.end_punct)
        return false;
    static const LexiconSection* labels = common_lexicon().section("plural_picture_labels"); // (looked up once)
    const bool plural = labels != nullptr && labels->has(text::lower(text::trim(line.substr(0, colon))));
    static const LexiconSection* prefixes = common_lexicon().section("credit_prefixes"); // (looked up once)
    if (!plural && (prefixes == nullptr || !prefixes->has(text::lower(text::trim(line.substr(0, colon))) + ":")))
        return false;
    auto name = text::split_ws(line.substr(colon + 1));
    // ("Fotos: Jane Roe (Keystone)": the agency the photographer works for may close the line.)
    if (!name.empty() && name.back().starts_with("(") && name.back().ends_with(")"))
        name.pop_back();
    if (name.empty() || name.size() > most_name_words ||
        !std::all_of(name.begin(), name.end(), [](std::string_view w) { return text::starts_upper(w); }))
        return false;
    // "Texto: Íñigo Zubeldia" / "Fotografía: Ane Goikoetxea" / ... / "La escritora, en la librería. ANE GOIKOETXEA": a
    // singular label names the story's photographer too when a picture's credit printed otherwise on the page names
    // the same person (a second picture without its caption is none).
    if (!plural) {
        std::string person;
        for (std::string_view w : name)
            person.append(person.empty() ? "" : " ").append(text::lower(w));
        // (The same line printed under each picture, "Photo: Jane Roe" / <paragraph> / "Photo: Jane Roe", is their
        // credit each time.)
        const std::string own = text::lower(line);
        auto names_person = [&](std::string_view credit) {
            const std::string low = text::lower(credit);
            return low != own && low.find(person) != std::string::npos;
        };
        bool credited = false;
        for (const Media& m : p.article.media)
            credited = credited || (m.credit && names_person(*m.credit));
        for (std::size_t k = 0; k < p.blocks.size() && !credited; ++k)
            credited = k != i && p.role[k] == Role::credit && names_person(p.blocks[k].text);
        if (!credited || i == 0 || p.role[i - 1] != Role::byline)
            return false;
    }
    const auto head_role = [&](std::size_t k) { return p.role[k] == Role::date || p.role[k] == Role::byline; };
    // "<standfirst.>" / "Das Ensemble probt im großen Saal." / "Fotos: Anna Keller, Urs Meier" / "Von Miriam Roth",
    // "Par Camille Roussel" / "La troupe répète avant la première." / "Photos : Jeanne Morel, Paul Vidal" / "12
    // novembre 2026": a sentence over the label under another sentence (the standfirst, which a title that no stop
    // closes heads) or under the byline's lines is the head picture's caption, which the label closes as its credit.
    const auto sentence = [&](std::size_t k) {
        const char last = p.blocks[k].text.empty() ? '\0' : p.blocks[k].text.back();
        return p.role[k] == Role::none && (last == '.' || last == '!' || last == '?');
    };
    if (i >= 2 && sentence(i - 1) && (sentence(i - 2) || head_role(i - 2)))
        return false;
    return (i + 1 < p.blocks.size() && head_role(i + 1)) || (i > 0 && p.role[i - 1] == Role::byline);
}

} // namespace

namespace {

// "I pescatori al porto all'alba - RIPRODUZIONE RISERVATA" / "Foto: ANSA", "Le quai au lever du jour - Tous droits
// réservés" / "Photo : Jean Roux / AFP": a caption whose credit is only the rights notice glued to it (lexicon
// section caption_rights_tails) over the credit's line at `i` (past the caption's duplicate) is one picture with it:
// the line names who took it, and is its credit; the notice, which names nobody, is kept with the boilerplate
// (keep_caption_label()). True when the credit was given to that picture.
bool credit_for_rights_caption(Page& p, std::size_t i) {
    static const LexiconSection* rights = common_lexicon().section("caption_rights_tails"); // (looked up once)
    std::size_t k = i;
    while (k > 0 && p.role[k - 1] == Role::duplicate)
        --k;
    if (k == 0 || p.role[k - 1] != Role::caption || rights == nullptr)
        return false;
    const std::string& line = p.blocks[k - 1].text;
    for (Media& m : p.article.media)
        if (m.caption && m.credit && line.starts_with(*m.caption) && rights->has(text::lower(*m.credit))) {
            m.credit = p.blocks[i].text;
            return true;
        }
    return false;
}

// The line of each media found so far, in the order found: a caption's line holds its caption ("Bildunterschrift: Der
// neue Kai. Foto: Jan Feld" holds "Der neue Kai."), a picture with no caption sits on its credit's line. The media
// under a player's marker (caption_under_marker()) are found before those of the metadata pass, wherever they stand
// on the page: their lines let collect_media() put them all in the page's order. When a media's line is not found,
// the caption lines in line order, as the media were pushed before any of them came first.
std::vector<std::size_t> media_lines(const Page& p, std::size_t head_from, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t end = std::min(re + 1, blocks.size());
    std::vector<std::size_t> lines;
    std::vector<bool> taken(blocks.size(), false);
    for (const Media& m : p.article.media) {
        std::size_t at = end;
        for (std::size_t i = head_from; i < end && at == end; ++i)
            if (!taken[i] && ((m.caption && !m.caption->empty() && p.role[i] == Role::caption &&
                               blocks[i].text.find(*m.caption) != std::string::npos) ||
                              (!m.caption && m.credit && p.role[i] == Role::credit && blocks[i].text == *m.credit)))
                at = i;
        if (at == end)
            break;
        taken[at] = true;
        lines.push_back(at);
    }
    if (lines.size() == p.article.media.size())
        return lines;
    lines.clear();
    for (std::size_t i = head_from; i < end; ++i)
        if (p.role[i] == Role::caption)
            lines.push_back(i);
    return lines;
}

} // namespace

namespace {

// "<title>" / "PAP" / "Prezydent Ukrainy na szczycie w Brukseli" / "Fot. PAP/EPA/Jan Kowal", "<title>" / "AFP" /
// "Le président au sommet de Bruxelles" / "Photo : AFP/Jean Roux": an agency's bare name at `i` under a line no stop
// closes (the title), over a caption's line whose own credit, under it, names the same agency, is the wire's byline:
// the picture under it is credited already.
bool agency_over_credited_caption(const Page& p, std::size_t i, std::size_t re) {
    const auto& blocks = p.blocks;
    const int least_caption = 3;
    if (i == 0 || i + 2 > re || i + 2 >= blocks.size() || blocks[i - 1].end_punct || p.role[i + 1] != Role::none ||
        blocks[i + 1].words < least_caption || blocks[i + 1].words > most_caption_words ||
        p.role[i + 2] != Role::credit || lone_agency_name(blocks[i + 2].text))
        return false;
    // (The agency's name a word of the credit under the caption: letters on neither side of it.)
    const std::string_view name = blocks[i].lower, credit = blocks[i + 2].lower;
    auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t at = credit.find(name); at != std::string_view::npos; at = credit.find(name, at + 1))
        if ((at == 0 || !letter(credit[at - 1])) &&
            (at + name.size() == credit.size() || !letter(credit[at + name.size()])))
            return true;
    return false;
}

// "<title>" / "Agencia EFE" / "Madrid, 5 dic (EFE).- El Gobierno ...", "<title>" / "Deutsche Presse-Agentur" /
// "Berlin (dpa) - Die Regierung ...": an agency's name alone at `i` (agency_name_line()) right over the text's
// paragraph whose dateline names the same agency (dateline_tag()) is the wire's byline, no picture's credit: the line
// over it is the title, no caption. ("Foto: EFE" there credits a picture.)
bool agency_over_own_dateline(const Page& p, std::size_t i, std::size_t re) {
    const auto& blocks = p.blocks;
    const int most_words = 3;
    if (blocks[i].words > most_words || i + 1 > re || i + 1 >= blocks.size() || p.role[i + 1] != Role::none)
        return false;
    // ("Le Conseil national a voté jeudi." / "Keystone-ATS" / "Berne (ats) - ...": under a sentence closed by its
    // stop, the picture's caption, the agency's name credits the picture.)
    if (i > 0 && blocks[i - 1].end_punct && blocks[i - 1].text.back() == '.')
        return false;
    const std::optional<std::string> id = agency_name_line(blocks[i].lower);
    if (!id)
        return false;
    const auto tag = dateline_tag(blocks[i + 1].text);
    return tag && std::find(tag->agencies.begin(), tag->agencies.end(), *id) != tag->agencies.end();
}

// "<title>" / "<standfirst.>" / "La Presse canadienne" / "Publié à 10 h 12" / "Mis à jour à 11 h 40" / "QUÉBEC — ...",
// "<title>" / "Deutsche Presse-Agentur" / "MÜHLBRUNN — ...": an agency's name alone at `i` (lone_agency_ids()) under
// the head's lines, over the page's stamps (date lines, or a label and a time with no day: labelled_time_alone()), two
// at most, and the text's paragraph opened by a dateline naming no other agency (dateline_tag()), is the wire's
// byline: the agency's id. The line over it is the title (no stop closes it) or the standfirst right under the title;
// ("The council voted on Monday." / "AFP" / "PARIS — ..." under the byline's lines: a caption's credit.)
std::optional<std::string> agency_byline_over_dateline(const Page& p, std::size_t i, std::size_t re) {
    const auto& blocks = p.blocks;
    const int most_words = 3, least_title_words = 4;
    const std::size_t most_stamps = 2;
    if (blocks[i].words > most_words || blocks[i].digits > 0 || i == 0 || i + 1 > re || i + 1 >= blocks.size())
        return std::nullopt;
    const auto title = [&](std::size_t k) {
        return p.role[k] == Role::none && !blocks[k].end_punct && blocks[k].words >= least_title_words;
    };
    if (!title(i - 1) && !(i > 1 && p.role[i - 1] == Role::none && blocks[i - 1].text.back() == '.' && title(i - 2)))
        return std::nullopt;
    const auto ids = lone_agency_ids(blocks[i]);
    if (!ids || ids->size() != 1)
        return std::nullopt;
    const std::string& id = ids->front();
    std::size_t k = i + 1;
    const int most_stamp_words = 8;
    while (k <= re && k < blocks.size() && k <= i + most_stamps &&
           (p.role[k] == Role::date || (blocks[k].digits > 0 && blocks[k].words <= most_stamp_words &&
                                        labelled_time_alone(blocks[k].text))))
        ++k;
    // ("... / Mis à jour à 11 h 40 / <caption> (Photo : ...) / QUÉBEC — ...": the lead picture's lines between.)
    const std::size_t most_picture_lines = 2;
    for (const std::size_t from = k; k <= re && k < blocks.size() && k < from + most_picture_lines &&
                                     (p.role[k] == Role::caption || p.role[k] == Role::credit);)
        ++k;
    if (k > re || k >= blocks.size() || p.role[k] != Role::none || !blocks[k].end_punct)
        return std::nullopt;
    const auto tag = dateline_tag(blocks[k].text);
    if (!tag || tag->place.empty() ||
        (!tag->agencies.empty() && std::find(tag->agencies.begin(), tag->agencies.end(), id) == tag->agencies.end()))
        return std::nullopt;
    return id;
}

// "Con Andalucía" / "4.021" / "7,9%" / "2" / "Fuente: Ministerio del Interior", "2024<TAB>12,4" / "2025<TAB>13,1" /
// "Source : Insee": a line naming where a text or its figures come from (text_source_credit(): "Fuente:", "Source:",
// "Quelle:", "Fonte:") right under two lines of a table's or a chart's figures (figures alone on their line, a row of
// cells, a label and its figures; "Innenstadt 13,80 Euro" / "Hafenviertel 12,20 Euro", "Northfield 264,000": a row of
// a few words, a label and one figure with its unit, no mark closing it) is that table's source, no picture's credit.
bool source_under_figures(const Page& p, std::size_t i, std::size_t head_from) {
    const auto& blocks = p.blocks;
    auto figures = [](const Block& b) {
        return b.cells || (b.digits > 0 && (b.letters == 0 || short_figure_row(b) || table_row(b)));
    };
    return i >= head_from + 2 && figures(blocks[i - 1]) && figures(blocks[i - 2]) && text_source_credit(blocks[i].text);
}

} // namespace

// See collect_media(): the line `k` right over the credit at `i` is a standfirst, no caption: neither it nor the line
// over it (the title, four words or more) closes with a stop, and the byline or the date line stands under the
// credit (a line or two of the byline's place or desk between).
bool standfirst_over_credit(const Page& p, std::size_t k, std::size_t i, std::size_t re) {
    const std::size_t most_under = 3;
    const int least_title_words = 4;
    const auto& blocks = p.blocks;
    if (blocks[k].end_punct || k == 0 || p.role[k - 1] != Role::none || blocks[k - 1].end_punct ||
        blocks[k - 1].words < least_title_words)
        return false;
    for (std::size_t h = i + 1; h <= re && h < blocks.size() && h <= i + most_under; ++h)
        if (p.role[h] == Role::byline || p.role[h] == Role::date)
            return true;
    return false;
}

// "Trainer Ruud Claessens van FC Dijkerveld stopt ... seizoen. Dat maakte de club zondag bekend ..." / "Ruud Claessens
// / ANP" / <paragraph>: a paragraph of two sentences at least (a stop after a word of three letters or more, a
// capital after it) right under the head's byline or date line opens the text when more text stands under the
// credit: the credit credits a picture printed without a caption. A caption of two sentences there names the day the
// picture was taken ("Kinder im Spital von Seetal am 5. November 2026. Die Klinik ...") or stands over the text's
// dateline ("Die Bergstation liegt auf 2.140 Metern. Die ersten Probefahrten ..." / "Bild: APA/Jane Roe" / "Seetal
// (APA) - ..."). (Under a paragraph, "Chalets above the village. A third of its homes are let." is a caption still.)
bool text_over_credit(const Page& p, std::size_t k, std::size_t i, std::size_t re) {
    const auto& blocks = p.blocks;
    if (k == 0 || (p.role[k - 1] != Role::byline && p.role[k - 1] != Role::date) || i + 1 > re ||
        i + 1 >= blocks.size() || p.role[i + 1] != Role::none || !blocks[i + 1].end_punct ||
        dateline_tag(blocks[i + 1].text))
        return false;
    const std::string_view t = blocks[k].text;
    const std::size_t least_last_word = 3;
    bool second_sentence = false;
    for (std::size_t stop = t.find_first_of(".!?"); stop != std::string_view::npos && !second_sentence;
         stop = t.find_first_of(".!?", stop + 1)) {
        if (stop + 2 >= t.size() || t[stop + 1] != ' ' || !text::starts_upper(t.substr(stop + 2)))
            continue;
        const std::size_t space = t.rfind(' ', stop);
        const std::string_view word = t.substr(space == std::string_view::npos ? 0 : space + 1,
                                               stop - (space == std::string_view::npos ? 0 : space + 1));
        const unsigned char end = word.empty() ? 0 : static_cast<unsigned char>(word.back());
        // ("... with Port Ellery FC. The club ...": an acronym of two capitals or more closes a sentence too; "J.
        // K. Roe", "U.S. troops" hold initials.)
        const bool acronym = word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) {
                                 return c >= 'A' && c <= 'Z';
                             });
        second_sentence = t[stop] != '.' || acronym ||
                          (word.size() >= least_last_word && word.find('.') == std::string_view::npos &&
                           (end >= 0x80 || (end >= 'a' && end <= 'z')));
    }
    return second_sentence && !find_date(t, p.language);
}

namespace {

// "The collapsed gangway at the harbour (Jane Roe/PA)" / "(PA Archive)", "Die neue Brücke (Foto: Anna Muster)" /
// "(Archiv)": a credit in parentheses alone right under a caption closed by its own credit in parentheses is that
// picture's credit going on (the archive or the agency the picture comes from), no picture of its own: the two are
// the picture's credit as printed, joined by a space. Returns whether the credit at `i` was joined.
bool second_credit_under_caption(Page& p, std::size_t i) {
    const auto& blocks = p.blocks;
    const std::string_view credit = blocks[i].text;
    if (i == 0 || p.role[i - 1] != Role::caption || credit.size() < 3 || credit.front() != '(' ||
        credit.back() != ')' || blocks[i - 1].text.back() != ')')
        return false;
    for (auto m = p.article.media.rbegin(); m != p.article.media.rend(); ++m)
        if (m->caption && m->credit && m->credit->starts_with('(') && m->credit->ends_with(')') &&
            std::string_view(blocks[i - 1].text).ends_with(*m->credit) &&
            std::string_view(blocks[i - 1].text).starts_with(*m->caption)) {
            *m->credit += ' ';
            *m->credit += credit;
            return true;
        }
    return false;
}

} // namespace

void collect_media(Page& p, std::size_t head_from, std::size_t re) {
    const auto& blocks = p.blocks;
    Article& a = p.article;
    // The lines of the media found so far, captions that mark_metadata() read with their credit or their picture's
    // place, one a caption in line order: the media found here are put among them in the order of the page.
    std::vector<std::size_t> lines = media_lines(p, head_from, re);
    // (The credits the media found below took already with their captions.)
    std::vector<std::size_t> taken_credits = sources_by_labelled_captions(p, head_from, re, lines);
    bare_name_credits(p, head_from, re);
    source_credits_under_captions(p, head_from, re);
    // (The credits between the head's caption and its byline: the lines under them, a byline and a place, are no
    // menu's entries under a masthead.)
    std::vector<std::size_t> over_bylines;
    for (std::size_t i = head_from; i < re && i < blocks.size(); ++i)
        if (credit_over_byline(p, i, head_from)) {
            p.role[i] = Role::credit;
            over_bylines.push_back(i);
        }
    outlet_credits(p, head_from, re);
    labelled_photographer_credits(p, head_from, re);
    capital_name_credits(p, head_from, re);
    rights_label_credits(p, head_from, re);
    credits_under_labels(p, head_from, re);
    const std::vector<std::size_t> labelled = captions_under_labels(p, head_from, re, taken_credits);
    lines.insert(lines.end(), labelled.begin(), labelled.end());
    const std::vector<std::size_t> over_labels = captions_over_credit_labels(p, head_from, re, taken_credits);
    lines.insert(lines.end(), over_labels.begin(), over_labels.end());
    const std::vector<std::size_t> echoed = captions_over_echoed_credits(p, head_from, re, taken_credits);
    lines.insert(lines.end(), echoed.begin(), echoed.end());
    const std::vector<std::size_t> named = captions_closed_by_names(p, head_from, re);
    lines.insert(lines.end(), named.begin(), named.end());
    const std::vector<std::size_t> capitals = captions_closed_by_capitals(p, head_from, re);
    lines.insert(lines.end(), capitals.begin(), capitals.end());
    std::vector<std::size_t> credited_under = credits_over_captions(p, head_from, re);
    const std::vector<std::size_t> credited_under_head = credits_under_heads(p, head_from, re);
    credited_under.insert(credited_under.end(), credited_under_head.begin(), credited_under_head.end());
    lines.insert(lines.end(), credited_under.begin(), credited_under.end());
    if (const auto under = credit_over_closing_caption(p, re))
        lines.push_back(*under);
    else if (const auto closing = closing_caption_over_credit(p, head_from, re))
        lines.push_back(*closing);
    else if (const auto under_text = picture_under_text(p, re, taken_credits))
        lines.push_back(*under_text);
    const std::vector<std::size_t> videos = video_blocks(p, head_from, re, taken_credits);
    lines.insert(lines.end(), videos.begin(), videos.end());
    const std::vector<std::size_t> under_notices = captions_under_player_notices(p, head_from, re);
    lines.insert(lines.end(), under_notices.begin(), under_notices.end());
    const std::vector<std::size_t> in_players = captions_in_players(p, head_from, re);
    lines.insert(lines.end(), in_players.begin(), in_players.end());
    // Media: a credit closes the caption just before it (skipping the caption's duplicate).
    // The line a credit may take as its caption, and the most words of a caption there.
    auto caption_over = [&](std::size_t i) -> std::optional<std::pair<std::size_t, int>> {
        std::size_t k = i;
        while (k > 0 && p.role[k - 1] == Role::duplicate)
            --k;
        // ("Share on Twitter" / "Jane Roe / Agency": a button over the credit, a boilerplate phrase, is no caption.)
        if (k == 0 || p.role[k - 1] != Role::none || i - k > 2 || blocks[k - 1].boilerplate)
            return std::nullopt;
        // ("<title>" / "by University of Northhaven" / "Credit: Pixabay/CC0 Public Domain": a byline over the credit
        // of a picture printed without a caption is no caption.)
        if (byline_shaped(blocks[k - 1]))
            return std::nullopt;
        // ("RTX 9080: Where to Buy" / "(Image credit: Harbour Press)" / <paragraph>: a subheading over a picture
        // printed without a caption is no caption.)
        if (topic_subheading(blocks[k - 1]))
            return std::nullopt;
        // "<paragraph>" / "" / "Quelle: Landesregierung": the source of a text, set apart from the paragraph over it
        // by a blank line, credits that paragraph, which is no caption. (A caption sits on the line over its credit:
        // "Die Schleuse im Winter." / "Quelle: Jane Roe / Fotolia.com".)
        if (blocks[k - 1].blank_after && text_source_credit(blocks[i].text))
            return std::nullopt;
        // ("... / Según el concejal, la medida busca «devolver el centro a los vecinos». / Foto: Europa Press": the
        // paragraph reporting speech over a credit is text; the credit's picture has no caption in the dump.)
        if (reports_quotation(blocks[k - 1].text))
            return std::nullopt;
        // ("Nicht alle sind begeistert. Die Anwohner befürchten, dass ..." / "Foto: dpa": a paragraph reporting words
        // or fears without quoting them is text too, as long as no caption's: the credit under it stands under text,
        // which the pages printing their credits under paragraphs count below.)
        if (reports_speech(blocks[k - 1].text, p.language) || text_over_credit(p, k - 1, i, re))
            return std::make_pair(k - 1, 0);
        // ("<title>" / "Las visitas guiadas no podrán superar las 15 personas" / "Foto: Ayuntamiento" / "Redacción" /
        // "24/11/2026 16:05": a credit over the byline's head, under two lines that no stop closes, the title and
        // its standfirst, credits a picture printed without a caption: the standfirst stays the lede.)
        if (standfirst_over_credit(p, k - 1, i, re))
            return std::nullopt;
        // "<paragraph>." / "The island has since banned plastic cups at its fair, the market and the school fete as
        // well." / "Marta Kowal © Reuters" / "<paragraph>.": a photographer's name before the copyright sign, with no
        // label, under a paragraph among the text's (a paragraph over it and under the credit) credits a picture
        // printed without a caption unless the line over it is a caption's length: a longer sentence is the text's.
        if (const int most_unlabelled_caption = 16;
            blocks[k - 1].words > most_unlabelled_caption && k >= 2 && p.role[k - 2] == Role::none &&
            blocks[k - 2].end_punct && i + 1 <= re && i + 1 < blocks.size() && p.role[i + 1] == Role::none &&
            blocks[i + 1].end_punct && name_over_copyright(blocks[i].text))
            return std::nullopt;
        // A caption is a sentence or two; a longer text over a credit is the paragraph the picture follows
        // (a caption that ends with its own credit, "... killed 19 people. Jane Roe/AFP", runs a little longer).
        return std::make_pair(k - 1, split_trailing_credit(blocks[k - 1]) ? 40 : most_caption_words);
    };
    // "<title>" / "Agencia EFE" / "Madrid, 5 dic (EFE).- ...": the wire's name over its own dateline, read as a credit
    // or as no line yet (a heading over the text), is no picture's.
    for (std::size_t i = head_from; i < re && i < blocks.size(); ++i)
        if ((p.role[i] == Role::none || p.role[i] == Role::credit) && agency_over_own_dateline(p, i, re)) {
            p.role[i] = Role::boilerplate;
        } else if (p.role[i] == Role::none || p.role[i] == Role::credit) {
            if (auto id = a.source_tag ? std::nullopt : agency_byline_over_dateline(p, i, re)) {
                p.role[i] = Role::source_tag;
                a.source_tag = SourceTag{blocks[i].text, {*id}};
            }
        }
    // "Reuters" / "Harbour ferry line to reopen", "World" / "Associated Press" / "12 Comments": an agency's name alone
    // on a line, with no credit's label, credits a picture only beside one (a caption over it, a caption or another
    // credit next to it, a gallery's counter: "Sales fell in June." / "AFP" / "12/50 ..."); elsewhere it is the site's
    // own name over a wire story, a teaser's source or a menu's entry.
    for (std::size_t i = head_from; i <= re && i < blocks.size(); ++i) {
        if (p.role[i] != Role::credit || !lone_agency_name(blocks[i].text))
            continue;
        if (over_date_line(p, i)) {
            // ("Europa Press", "Associated Press": a name of several words is known whole)
            auto ids = lone_agency_ids(blocks[i]);
            // (A second agency line when the record holds a source tag already stays in the boilerplate: a line
            // whose role is the source tag is kept only as the record's source tag.)
            const bool tag = ids && !a.source_tag;
            p.role[i] = tag ? Role::source_tag : Role::boilerplate;
            if (tag)
                a.source_tag = SourceTag{blocks[i].text, *ids};
        } else if (agency_over_credited_caption(p, i, re) || !picture_beside(p, i, head_from)) {
            p.role[i] = Role::boilerplate;
        }
    }
    // "Europa Press Madrid" / "Publicado: ...", "Reuters London" / "Published ...": an agency's name and its desk's
    // place (one capitalised word) right over the date line is the desk's line of the byline block, no credit.
    for (std::size_t i = head_from; i <= re && i < blocks.size(); ++i)
        if (p.role[i] == Role::credit && agency_desk_line(blocks[i]) && over_date_line(p, i))
            p.role[i] = Role::boilerplate;
    // "Exclusive news and analytics for professionals" / "Reuters" / "World" / "Markets", "AP News" / "Menu" / "World":
    // a credit of names alone (no label, slash, parenthesis nor copyright sign) over a menu's entries (two lines of
    // one or two words, no stop nor figure), with no text over it on the page, is the site's name in its masthead,
    // the line over it the site's tagline: no picture.
    for (std::size_t i = head_from; i + 2 <= re && i + 2 < blocks.size(); ++i)
        if (p.role[i] == Role::credit && masthead_name(p, i) &&
            std::find(over_bylines.begin(), over_bylines.end(), i) == over_bylines.end())
            p.role[i] = Role::boilerplate;
    // "Accueil" / "Monde" / "Dépêches AFP" / <headline>, "Home" / "World" / "Reuters Wire" / <headline>: a credit of
    // names alone closing a menu's run of entries right over the title is the menu's last entry (the page of the
    // agency's wire), no picture: no caption stands over it nor under it.
    // "Ciencia" / "EFE Verde" / "EFE Salud" / "Buscar", "Sport" / "Reuters Wire" / "Weather": such a credit with
    // the menu's entries over it and under it too is one of them, no picture.
    for (std::size_t i = head_from; i < re && i + 1 < blocks.size(); ++i)
        if (p.role[i] == Role::credit && (menu_entry_over_title(p, i) || menu_entry_within_run(p, i)))
            p.role[i] = Role::boilerplate;
    // "<paragraph> / Foto / <paragraph>": the word a text copy prints alone where a picture stood (picture_markers)
    // names nobody: no credit, and the line over it no caption (the picture's own caption, when it has one, follows
    // the word: caption_under_marker()).
    static const LexiconSection* markers = common_lexicon().section("picture_markers"); // (looked up once)
    for (std::size_t i = head_from; i <= re && i < blocks.size(); ++i)
        if (p.role[i] == Role::credit && blocks[i].words == 1 && markers != nullptr && markers->has(blocks[i].lower))
            p.role[i] = Role::boilerplate;
    // The credits in line order, and caption_over() of each, asked once: no line's role changes before the media are
    // made below, and the line over a credit is over no other credit, so a caption taken there changes no other
    // credit's. (A credit over a caption's label that captions_under_labels() took is the media's already; another
    // credit there, "© Inselbote 2026" / "Image caption," / <caption>, is no picture source's and is asked here.)
    std::vector<std::size_t> credits;
    std::vector<std::optional<std::pair<std::size_t, int>>> overs;
    for (std::size_t i = head_from; i <= re && i < blocks.size(); ++i)
        if (p.role[i] == Role::credit && photographers_byline(p, i))
            p.role[i] = Role::boilerplate;
        else if (p.role[i] == Role::credit && source_under_figures(p, i, head_from))
            p.role[i] = Role::none; // (the table's place says where it goes: text or boilerplate, as its rows do)
        else if (p.role[i] == Role::credit &&
                 (std::find(labelled.begin(), labelled.end(), i + 2) == labelled.end() ||
                  !labelled_picture_source(blocks[i])) &&
                 std::find(credited_under.begin(), credited_under.end(), i + 1) == credited_under.end() &&
                 std::find(taken_credits.begin(), taken_credits.end(), i) == taken_credits.end()) {
            credits.push_back(i);
            overs.push_back(caption_over(i));
        }
    // "<paragraph> / Jane Roe/Getty Images / <paragraph> / John Poe/iStock": a page that prints a credit under each
    // picture, the pictures between paragraphs without captions. When most of its credits (two at least) stand
    // under paragraphs too long for a caption, the short lines over its other credits are paragraphs too.
    int credits_under_text = 0, credits_under_line = 0;
    for (const auto& over : overs)
        if (over) {
            ++credits_under_line;
            credits_under_text += blocks[over->first].words > over->second ? 1 : 0;
        }
    const bool uncaptioned = credits_under_text >= 2 && credits_under_text * 2 > credits_under_line;
    // The line the credit credits[c] takes as its caption: a caption over it, the line a sentence or two long.
    auto taken_caption = [&](std::size_t c) -> std::optional<std::size_t> {
        const auto& over = overs[c];
        if (uncaptioned || !over || blocks[over->first].words < 3 || blocks[over->first].words > over->second ||
            over->first <= head_from)
            return std::nullopt;
        return over->first;
    };
    // "Foto: Jane Roe" / "<paragraph>" / "Foto: John Doe" / "<paragraph>" / "Foto: Jane Roe" / "<long paragraph>":
    // a page that sets its pictures between the paragraphs, a credit under each and no caption. The first credit of
    // such a run takes no caption over it, and the text under the last one runs longer than a caption: the lines
    // between the credits (two at least, each a sentence) are the article's paragraphs, not the captions of the
    // credits under them. (A page that prints its captions under the credits ends the run with a short line.)
    std::vector<bool> text_between_credits(blocks.size(), false);
    for (std::size_t c = 0; c < credits.size(); ++c) {
        if (taken_caption(c))
            continue;
        // (The credits of the run are the next ones in `credits`: a line of text stands between two of them.)
        std::size_t last = credits[c];
        std::vector<std::size_t> between;
        while (last + 2 <= re && p.role[last + 1] == Role::none && blocks[last + 1].end_punct &&
               p.role[last + 2] == Role::credit) {
            between.push_back(last + 1);
            last += 2;
            ++c;
        }
        const bool text_goes_on = last + 1 <= re && last + 1 < blocks.size() && p.role[last + 1] == Role::none &&
                                  blocks[last + 1].words > most_caption_words;
        if (between.size() >= 2 && text_goes_on)
            for (std::size_t k : between)
                text_between_credits[k] = true;
    }
    // "<paragraph>" / "(Credit: Jane Roe / Harbour Data)" / ... / "<paragraph>" / "<short paragraph>" / "(Credit: Jane
    // Roe / Harbour Data)": credits printed alike stand alike. When every other credit printed as this one stands
    // under a paragraph too long for a caption (charts set in the text without captions), the short line over this
    // one is a paragraph too.
    auto alike_under_text = [&](std::size_t i) {
        int alike = 0;
        for (std::size_t j : credits) {
            if (j == i || blocks[j].text != blocks[i].text)
                continue;
            auto over = caption_over(j);
            if (!over || blocks[over->first].words <= over->second)
                return false;
            ++alike;
        }
        return alike > 0;
    };
    // "Bild: Keystone / Urs Flueeler" / "Bauarbeiter an der Strecke." / "Bild: Keystone / Urs Flueeler", "Bild:
    // keystone" / "Die Prämien steigen. Bild: keystone": a credit printed over the picture and again with its
    // caption right under it (on the caption's own line or closing it) is the same picture's, one medium; the line
    // over the first print is no caption of it.
    auto same_credit = [](std::string_view x, std::string_view y) { return text::lower(x) == text::lower(y); };
    auto credit_again_under = [&](std::size_t c) {
        const std::size_t i = credits[c];
        if (i + 1 > re || i + 1 >= blocks.size())
            return false;
        if (c + 1 < credits.size() && credits[c + 1] == i + 2 && taken_caption(c + 1) == i + 1 &&
            same_credit(blocks[i].text, blocks[i + 2].text))
            return true;
        if (p.role[i + 1] != Role::caption)
            return false;
        const auto split = split_trailing_credit(blocks[i + 1]);
        return split && same_credit(blocks[i].text, split->second);
    };
    for (std::size_t c = 0; c < credits.size(); ++c) {
        const std::size_t i = credits[c];
        // (A sentence over the first print is its own picture's caption: "Caption one." / "Image: Jane Roe" /
        // "Caption two." / "Image: Jane Roe" are two pictures by one photographer. A title over it is none.)
        const auto over = taken_caption(c);
        if ((!over || !blocks[*over].end_punct) && credit_again_under(c)) {
            p.role[i] = Role::boilerplate;
            continue;
        }
        if (!over && credit_for_rights_caption(p, i))
            continue;
        if (!over && second_credit_under_caption(p, i))
            continue;
        Media m;
        m.credit = blocks[i].text;
        if (over && !text_between_credits[*over] && !alike_under_text(i)) {
            p.role[*over] = Role::caption;
            p.soft_caption[*over] = true;
            m.caption = blocks[*over].text;
        }
        a.media.push_back(std::move(m));
        lines.push_back(i);
    }
    // A caption printed twice without credit is still a caption (a longer text printed twice is a teaser
    // repeated as the lede).
    for (std::size_t i = head_from + 1; i <= re; ++i) {
        if (p.role[i] != Role::duplicate || blocks[i].words < 3 || blocks[i].words > 40 || printed_outside(p, i, re))
            continue;
        // (past the player's label between the two prints)
        std::size_t k = p.role[i - 1] == Role::boilerplate && i >= head_from + 2 && blocks[i - 2].text == blocks[i].text
                            ? i - 2
                            : i - 1;
        if (p.role[k] == Role::none) {
            p.role[k] = Role::caption;
            p.soft_caption[k] = true;
            a.media.push_back(Media{blocks[k].text, std::nullopt});
            lines.push_back(k);
        }
    }
    // "Caption one." / "Photo: Jane Roe" / ... / "Caption two. Photo: John Doe": the pictures in the order printed.
    if (lines.size() == a.media.size() && !std::is_sorted(lines.begin(), lines.end())) {
        std::vector<std::size_t> order(lines.size());
        for (std::size_t k = 0; k < order.size(); ++k)
            order[k] = k;
        std::stable_sort(order.begin(), order.end(),
                         [&lines](std::size_t x, std::size_t y) { return lines[x] < lines[y]; });
        std::vector<Media> sorted;
        sorted.reserve(order.size());
        for (std::size_t k : order)
            sorted.push_back(std::move(a.media[k]));
        a.media = std::move(sorted);
    }
}

} // namespace archive

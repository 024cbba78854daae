// The pictures of the page (classify()): the captions the credits close, and the picture galleries that interrupt
// the article. (A caption printed twice, counted galleries, captions under markers and bylines, and the counters and
// picture labels left on captions: media_galleries.cpp.)
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

namespace {

// "Reuters", "AFP", "Associated Press": a line that is an agency's name and nothing else (no label, no photographer,
// no parenthesis, no copyright sign).
bool lone_agency_name(const std::string& line) {
    if (line.find_first_of("(:/|") != std::string::npos || line.find("\u00a9") != std::string::npos)
        return false;
    static const LexiconSection* full_names = common_lexicon().section("agency_names"); // ("associated press")
    return agency_id(line).has_value() || agency_tag(line).has_value() ||
           (full_names != nullptr && full_names->has(text::lower(line)));
}

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

// "(AFP)", "(ANSA)", "(dpa)": a known agency's name, and nothing else, in parentheses.
bool agency_in_parentheses(std::string_view credit) {
    const std::size_t least_size = 3; // ("(x)")
    return credit.size() >= least_size && credit.front() == '(' && credit.back() == ')' &&
           lone_agency_name(std::string(credit.substr(1, credit.size() - 2)));
}

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

// "Corinne Egloff" / "03.12.2026, 05.00 Uhr" / "Drucken" / "Pendler am Bahnhof Baden: Für viele wird das Abo billiger."
// / "Severin Bigler" / "<paragraph>": a bare name of two or three words (bare_name()), perhaps with its paper after a
// spaced slash ("Severin Bigler / CH Media"), right under the first sentence
// past the byline or the date line, over the text's first paragraph, is the credit of the picture that sentence
// captions. Not the byline: the record holds the byline's authors already, and the name is none of them; a name over
// a date line, a name under a headline's lede before a byline is read, a heading between two paragraphs (no byline or
// date line right over the sentence over it, a paragraph of the text further up) are not taken. So is a press office's
// credit in that place ("Prensa UNL": press_office_credit()).
// "Ana Ruiz", "Redacción": a byline that no role marks yet, a line printed once of a bare name (two or three
// capitalised words, bare_name()) or opening with a newsroom's word (desk_word()), without a final mark.
bool bare_byline_line(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    if (p.role[k] != Role::none || b.words < 1 || b.words > 3 || b.end_punct || b.digits > 0 || b.repeats > 0)
        return false;
    const auto words = text::split_ws(b.text);
    return desk_word(words.front()) || (words.size() >= 2 && bare_name(words));
}

// "Prensa UNL", "Biuro Prasowe UMK", "Press Office Harbour Trust": an institution's press office (lexicon section
// press_office_labels), then the institution's name or initials, one or two capitalised words: the credit of the
// pictures the office hands out, which the line under a caption gives as a photographer's name does.
bool press_office_credit(const std::vector<std::string_view>& words) {
    const std::size_t most_office_words = 2, most_name_words = 2;
    static const LexiconSection* offices = common_lexicon().section("press_office_labels"); // (looked up once)
    if (offices == nullptr || words.empty() || !text::starts_upper(words.front()))
        return false;
    std::string office;
    for (std::size_t n = 1; n <= most_office_words && n < words.size(); ++n) {
        if (n > 1)
            office += ' ';
        office += text::lower(words[n - 1]);
        if (!offices->has(office))
            continue;
        const std::size_t rest = words.size() - n;
        return rest <= most_name_words && std::all_of(words.begin() + static_cast<std::ptrdiff_t>(n), words.end(),
                                                      [](std::string_view w) { return text::starts_upper(w); });
    }
    return false;
}

void bare_name_credits(Page& p, std::size_t head_from, std::size_t re) {
    const auto& blocks = p.blocks;
    const Article& a = p.article;
    const std::size_t most_between = 4;
    const int least_paragraph_words = 10;
    for (std::size_t i = head_from + 2; i + 1 <= re && i + 1 < blocks.size(); ++i) {
        const Block& b = blocks[i];
        // (The counts first: most lines end here.)
        if (b.words < 1 || b.words > 7 || b.end_punct || b.digits > 0 || b.boilerplate || p.role[i] != Role::none)
            continue;
        // "(Ansa)", "EL MUNDO", "Archivo": a credit that needs the caption over it (lone_credit_line()), in the same
        // place as the photographer's name. The outlet's name in capitals is its masthead too, printed again on the
        // page: a heading in capitals printed once ("EL CONTEXTO") is none.
        const bool lone_credit =
            b.words <= 4 && lone_credit_line(b.text) &&
            (b.repeats > 0 || b.text.front() == '(' ||
             std::any_of(b.text.begin(), b.text.end(), [](char c) { return c >= 'a' && c <= 'z'; }));
        if ((b.words < 2 || b.repeats > 0) && !lone_credit)
            continue;
        // ("Severin Bigler / CH Media": the name, then the paper or the agency, capitalised, after a spaced slash
        // or bar; "Claudio Álvarez (EL PAÍS)", "Mario Rossi (Imagoeconomica)": or in a parenthesis closing the line.)
        std::string_view name = b.text;
        std::size_t slash = name.find(" / ");
        // ("Daniel Ruiz | The Ledger": a bar between spaces parts them as the slash does.)
        if (slash == std::string_view::npos)
            slash = name.find(" | ");
        std::size_t after = 3;
        if (slash == std::string_view::npos && name.back() == ')') {
            slash = name.rfind(" (");
            after = 2;
            if (slash != std::string_view::npos)
                name.remove_suffix(1); // (the closing parenthesis, read with the outlet below)
        }
        // "I. Der Hintergrund", "II. The costs", "📌 Les enjeux": a heading's mark (a roman numeral and its dot, a
        // pin, a number sign) opens a section's heading between paragraphs, not a photographer's initial; a credit
        // with such an initial names its agency after the slash ("I. Roe / Reuters").
        if (slash == std::string_view::npos && opens_with_heading_mark(name))
            continue;
        if (slash != std::string_view::npos && !lone_credit) {
            const auto agency = text::split_ws(name.substr(slash + after));
            if (agency.empty() || agency.size() > 3 ||
                !std::all_of(agency.begin(), agency.end(), [](std::string_view w) { return text::starts_upper(w); }))
                continue;
            name = name.substr(0, slash);
        }
        const auto name_words = text::split_ws(name);
        if (name_words.size() > 3 && !lone_credit)
            continue;
        const Block& caption = blocks[i - 1];
        const Block& text = blocks[i + 1];
        // ("La exalcaldesa, durante la presentación de la candidatura" / "Marc Arias / Propias": a caption closed by
        // no stop takes a name with its source after a spaced slash, which says more than a bare name.)
        if (p.role[i - 1] != Role::none || caption.words < 3 || caption.words > most_caption_words ||
            (!caption.end_punct && slash == std::string_view::npos) || caption.text.back() == ':' ||
            p.role[i + 1] != Role::none || !text.end_punct || text.words < least_paragraph_words)
            continue;
        // The byline or the date line over the caption, only short lines without a final mark (buttons) between;
        // a known button's phrase of any length ("Ir a los comentarios", "Vai ai commenti": is_boilerplate_phrase())
        // is passed without being counted.
        // With no author recorded yet (the byline bare names, read later, or a desk: "Ana Ruiz" / "Pedro Gil" /
        // "24/11/2026 16:05", "Redacción" / "Barcelona" / "24/11/2026"), a byline line must stand in the head's block
        // of lines over the caption: a date alone over a standfirst ("Posted on 29 April" / "<standfirst>!" / "Social
        // Share") is no byline's head, and the short line under it no photographer.
        // (And the caption a sentence of eight words or more: under a date that no author's byline signs yet, a short
        // sentence, "Arbeiter am Ostkai bei Ebbe.", may still be the page's title, which the headline's rules read.)
        const std::size_t head_block = 3; // (the byline, a place line, a date or two)
        const int least_unsigned_caption = 8;
        bool under_head = false;
        std::size_t between = 0;
        for (std::size_t k = i - 1; k > head_from && between <= most_between; --k) {
            const Role r = p.role[k - 1];
            if (r == Role::byline || r == Role::date) {
                under_head = !a.authors.empty();
                for (std::size_t h = k; h > head_from && k - h <= head_block && !under_head &&
                                        caption.words >= least_unsigned_caption;
                     --h)
                    under_head = p.role[h - 1] == Role::byline || bare_byline_line(p, h - 1);
                break;
            }
            if (blocks[k - 1].boilerplate && !blocks[k - 1].end_punct)
                continue;
            // ("Lectura: 4 min.", "5 min read": the reading time printed under the date, its stop an abbreviation's.)
            if (r == Role::none && blocks[k - 1].digits > 0 && reading_time_line(blocks[k - 1])) {
                ++between;
                continue;
            }
            if (r == Role::none && (blocks[k - 1].end_punct || blocks[k - 1].words > 3))
                break;
            ++between;
        }
        // (Over the text's first paragraph: no paragraph of the text over the caption. "20. Mai 2019" / "<consent
        // note>." / "Anna Muster" / "<her bio>": a date line and a box under the article are no head of it.)
        bool text_over = false;
        for (std::size_t k = head_from; k + 1 < i && !text_over; ++k)
            text_over = p.role[k] == Role::none && blocks[k].words > most_caption_words && blocks[k].end_punct &&
                        !blocks[k].boilerplate;
        if (!under_head || text_over || (!lone_credit && !bare_name(name_words) && !press_office_credit(name_words)) ||
            std::find(a.authors.begin(), a.authors.end(), b.text) != a.authors.end())
            continue;
        p.role[i] = Role::credit;
    }
}

// "<paragraph>" / "Maquete da nova ponte apresentada pela prefeitura" / "Igo Estrela/Metrópoles" / "<paragraph>",
// "... / Divulgação/PCDF", "... / Arquivo pessoal", "... / Cedida": a picture's source printed with no label on the
// line right under its caption, a photographer's name glued by a slash to the outlet (person_outlet_credit()) or a
// source's word, alone or with its body or qualifier after it (unlabelled_source_credit()). Alone such a line is a
// menu's entry as well ("Archivo", "Team Roles/Contact"): it credits a picture only between a caption's line (six
// to thirty words, no colon closing it, printed once or twice) and a paragraph of the text under it. ("Die Kosten und
// der Zeitplan" / "Seeblatt/Anna Muster", "L'animal pesait 90 kilos." / "Le Courrier/Marc Vallon": a heading or a
// short sentence of the text over it is no caption; the picture has none.)
void source_credits_under_captions(Page& p, std::size_t head_from, std::size_t re) {
    const auto& blocks = p.blocks;
    const int most_credit_words = 6, least_caption_words = 6, least_paragraph_words = 10;
    for (std::size_t i = head_from + 1; i < re && i + 1 < blocks.size(); ++i) {
        const Block& b = blocks[i];
        // (The counts and the marks first: most lines end here, before their words are read.)
        if (p.role[i] != Role::none || b.words == 0 || b.words > most_credit_words || b.end_punct || b.urls > 0 ||
            b.boilerplate || !text::starts_upper(b.text))
            continue;
        const Block& text = blocks[i + 1];
        if (p.role[i + 1] != Role::none || !text.end_punct || text.words < least_paragraph_words ||
            !textual(p.raw_quality[i + 1]))
            continue;
        std::size_t k = i;
        while (k > head_from + 1 && p.role[k - 1] == Role::duplicate)
            --k;
        const Block& caption = blocks[k - 1];
        if (p.role[k - 1] != Role::none || caption.boilerplate || caption.words < least_caption_words ||
            caption.words > most_caption_words || caption.text.back() == ':')
            continue;
        if (person_outlet_credit(b.text) || unlabelled_source_credit(b.text))
            p.role[i] = Role::credit;
    }
}

// "<title>" / "<standfirst>" / "Dos operarios revisan el firme del puente." / "MARTA GIL" / "Jorge Salinas" /
// "Toledo - 04 dic 2026": the head of a paper that prints the picture between its standfirst and its byline. A
// credit's line at `i` (a bare name in any case, an institution's name: "MARTA GIL", "Guardia Civil", printed once,
// or a line read as a credit already: "EFE"),
// under a caption's sentence (its stop closing it) under the standfirst and a title no stop closes, over a byline's
// line that a date line follows (a line of the place between), credits that picture: the byline is the line under
// it, not this one. (A second paragraph of a standfirst over a bare byline has the date line, no name, under it.)
bool credit_over_byline(const Page& p, std::size_t i, std::size_t head_from) {
    const auto& blocks = p.blocks;
    const int least_caption_words = 3, least_title_words = 4, least_standfirst_words = 6, most_name_words = 4;
    const std::size_t most_under = 3;
    if (i < head_from + 3 || i + 2 >= blocks.size())
        return false;
    const Block& b = blocks[i];
    // (A credit's line read as one already, "EFE", "Foto: Ana Gil", is asked too: the byline's lines under it are no
    // menu's entries.)
    if ((p.role[i] != Role::none && p.role[i] != Role::credit) || b.boilerplate || b.end_punct || b.digits > 0 ||
        b.words > most_name_words)
        return false;
    const Block &caption = blocks[i - 1], &standfirst = blocks[i - 2], &title = blocks[i - 3];
    if (p.role[i - 1] != Role::none || caption.boilerplate || !caption.end_punct || caption.text.back() == ':' ||
        caption.words < least_caption_words || caption.words > most_caption_words || p.role[i - 2] != Role::none ||
        standfirst.boilerplate || standfirst.words < least_standfirst_words || p.role[i - 3] != Role::none ||
        title.boilerplate || title.end_punct || title.words < least_title_words)
        return false;
    const auto words = text::split_ws(b.text);
    if (b.repeats > 0 || (!bare_name(words) && !lone_credit_line(b.text) && p.role[i] != Role::credit))
        return false;
    // The byline under it: a byline already read, a bare name or a desk's word, a date line under it.
    const std::size_t k = i + 1;
    const auto byline_words = text::split_ws(blocks[k].text);
    const bool byline = p.role[k] == Role::byline ||
                        (p.role[k] == Role::none && !blocks[k].end_punct && blocks[k].digits == 0 &&
                         blocks[k].words <= most_name_words && !byline_words.empty() &&
                         (bare_name(byline_words) || desk_word(byline_words.front())));
    if (!byline)
        return false;
    for (std::size_t h = k + 1; h < blocks.size() && h <= i + most_under; ++h) {
        if (p.role[h] == Role::date)
            return true;
        if (p.role[h] != Role::none || blocks[h].end_punct || blocks[h].words > 3)
            return false;
    }
    return false;
}

// The lower-cased `name` follows a credit's label (lexicon section credit_prefixes: "fotos:", "photographs by") on
// a line of the page other than `i`: "Texto: Lucía Ruiz Fotos: Andrés Gómez", "Words by Jane Roe, photographs by Sam
// Vale".
bool labelled_photographer(const Page& p, std::size_t i, std::string_view name) {
    const auto& prefixes = common_lexicon().list("credit_prefixes");
    for (std::size_t k = 0; k < p.blocks.size(); ++k) {
        if (k == i)
            continue;
        const std::string_view low = p.blocks[k].lower;
        for (std::size_t at = low.find(name); at != std::string_view::npos; at = low.find(name, at + 1)) {
            const std::string_view before = text::trim(low.substr(0, at));
            for (std::string_view prefix : prefixes)
                if (before.ends_with(prefix) &&
                    (before.size() == prefix.size() || before[before.size() - prefix.size() - 1] == ' '))
                    return true;
        }
    }
    return false;
}

// "Carmen Pérez limpia anchoas en la nave principal." / "ANDRÉS GÓMEZ" / <paragraph>, with "Texto: Lucía Ruiz Fotos:
// Andrés Gómez" over the text; "Gulls over the fish market at dawn." / "SAM VALE", with "Photographs by Sam Vale": the
// photographer's name in capitals (two to four words, no small letter, figure or final mark), which a credit's label
// names on another line of the page (labelled_photographer()), alone under a caption's sentence (three words or more,
// its stop closing it), is that caption's credit, each time the page prints it.
void labelled_photographer_credits(Page& p, std::size_t head_from, std::size_t re) {
    const auto& blocks = p.blocks;
    const int least_caption_words = 3;
    for (std::size_t i = head_from + 1; i <= re && i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        // (The counts and the first byte first: most lines end here.)
        if (b.words < 2 || b.words > 4 || b.end_punct || b.digits > 0 || p.role[i] != Role::none ||
            !text::starts_upper(b.text) || !capital_outlet(b.text))
            continue;
        const Block& caption = blocks[i - 1];
        if (p.role[i - 1] != Role::none || !caption.end_punct || caption.words < least_caption_words ||
            caption.words > most_caption_words || caption.text.back() == ':' || !labelled_photographer(p, i, b.lower))
            continue;
        p.role[i] = Role::credit;
    }
}

// "A nurse prepares a dose of the vaccine at a county clinic on Nov. 20." / "Maddie McGarvey for The Daily Record":
// a photographer's name and the outlet the picture was taken for (photographer_for_outlet()), alone on the line
// under a caption's sentence (its full stop closing it: "Think You Have a Food Allergy?" / "Essential Items for
// Allergy Relief" are a menu's titles), is that caption's credit, anywhere in the article. Not over a date line or a byline
// ("<standfirst>." / "Jane Roe for The Harbour Post" / "3 March 2026": the byline of a contributor), nor the name of
// an author the record holds already. So is a name and the outlet joined by a slash, in either order ("Sacha
// Bittel/Le Nouvelliste", "20min/Marvin Ancian": person_outlet_credit()).
// "20 secondes/Marc Pittet", "Hafenblatt/Jane Roe" at line `i`: the outlet before the slash is the page's own name,
// printed alone on a line above it (the masthead).
bool own_outlet_credit(const Page& p, std::size_t i) {
    const std::string_view line = p.blocks[i].lower;
    const std::string_view outlet = text::trim(line.substr(0, line.find('/')));
    if (outlet.empty())
        return false;
    for (std::size_t k = 0; k < i; ++k)
        if (p.blocks[k].lower == outlet)
            return true;
    return false;
}

void outlet_credits(Page& p, std::size_t head_from, std::size_t re) {
    const auto& blocks = p.blocks;
    const Article& a = p.article;
    const int least_caption = 6; // a sentence saying what the picture shows, closed by its stop (a title asks)
    const int least_short_caption = 3;
    for (std::size_t i = head_from + 1; i <= re && i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        // (The counts first: most lines end here.)
        // ("Sacha Bittel/Le Nouvelliste", "20min/Marvin Ancian": the name and the outlet joined by a slash, two to
        // six words, a figure in the outlet's name.)
        const bool slashed = b.words >= 2 && b.words <= 6 && b.text.find('/') != std::string::npos;
        if ((!slashed && (b.words < 4 || b.words > 10 || b.digits > 0)) || b.end_punct || b.boilerplate ||
            p.role[i] != Role::none)
            continue;
        // (The caption's sentence may close with the picture's label: "... Carl-Vogt. (Photo d'illustration)".)
        const Block& caption = blocks[i - 1];
        const char last = caption.text.back();
        if (p.role[i - 1] != Role::none || caption.words < least_short_caption || caption.words > most_caption_words ||
            (last != '.' && !(last == ')' && caption.text.find(". (") != std::string::npos)) || caption.boilerplate)
            continue;
        if (i + 1 < blocks.size() && (p.role[i + 1] == Role::date || p.role[i + 1] == Role::byline))
            continue;
        if (!(slashed ? person_outlet_credit(b.text) : photographer_for_outlet(b.text)))
            continue;
        // "20 secondes" / ... / "L'animal pesait environ 90 kilos." / "20 secondes/Marc Pittet": a shorter caption's
        // sentence (three to five words) only over the page's own photographer, the outlet before the slash the
        // page's name, which it prints alone on a line of its own above.
        if (caption.words < least_caption && !(slashed && own_outlet_credit(p, i)))
            continue;
        if (std::any_of(a.authors.begin(), a.authors.end(), [&](const std::string& author) {
                return b.text.size() > author.size() && b.text.starts_with(author) && b.text[author.size()] == ' ';
            }))
            continue;
        p.role[i] = Role::credit;
    }
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

// "Image caption,", "Bildunterschrift:", "Légende :": a caption's label (lexicon section caption_labels) alone on its
// line, a comma or a colon perhaps closing it. "Main image:", "Image principale :": a label listed with its colon
// (which it needs) is asked with it, the spaces before the colon dropped.
bool lone_caption_label(const Block& b) {
    const int most_words = 3;
    if (b.words == 0 || b.words > most_words || b.digits > 0) // (the counts first: most lines end here)
        return false;
    static const LexiconSection* labels = common_lexicon().section("caption_labels"); // (looked up once)
    std::string_view low = text::trim(b.lower);
    const bool colon = low.ends_with(':');
    while (!low.empty() && (low.back() == ',' || low.back() == ':' || low.back() == ' '))
        low.remove_suffix(1);
    if (labels == nullptr || low.empty())
        return false;
    return labels->has(low) || (colon && labels->has(std::string(low) + ":"));
}

// "Image source, Getty Images", "Bildquelle: Keystone": a picture's source after its label (lexicon section
// picture_source_labels), a comma or a colon between them, a few words after it.
bool labelled_picture_source(const Block& b) {
    const int most_words = 10;
    if (b.words < 2 || b.words > most_words || b.end_punct) // (the counts first: most lines end here)
        return false;
    return picture_source_credit(b.text);
}

// "Legende: Jubel nach dem Tor." / "Keystone/Anna Meier", "Légende:" / "La joie des joueurs." / "Keystone/Jean Roux":
// a credit line (is_credit_line()) at k, right under a caption its label opened, no blank line between them, open
// still or read as a credit alone: that caption's credit.
bool credit_under_caption(const Page& p, std::size_t k, std::size_t re) {
    return k <= re && k < p.blocks.size() && !p.blocks[k].blank_before &&
           (p.role[k] == Role::none || p.role[k] == Role::credit) && is_credit_line(p.blocks[k]);
}

// "Image source, Getty Images" / "Image caption," / "Ferry workers gathered outside the port offices", "Bildquelle:
// Keystone" / "Bildunterschrift:" / "Der neue Kai am Abend": a caption's label alone on its line says the line under
// it, a few words, is the caption, whatever its shape; a picture's source after its label on the line over the label
// is its credit, and so is a credit line right under the caption ("Legende:" / "Jubel nach dem Tor." / "Keystone/Anna
// Meier": credit_under_caption(), its line added to `credits`). Only the caption's label says so: the caption is no
// candidate headline. Returns the lines of the media found, their credit lines taken already (no credit of
// collect_media()'s).
std::vector<std::size_t> captions_under_labels(Page& p, std::size_t head_from, std::size_t re,
                                               std::vector<std::size_t>& credits) {
    const auto& blocks = p.blocks;
    const int least_caption = 2;
    std::vector<std::size_t> found;
    auto open = [&](std::size_t k) { return p.role[k] == Role::none || p.role[k] == Role::boilerplate; };
    for (std::size_t i = head_from; i + 1 <= re && i + 1 < blocks.size(); ++i) {
        const Block& caption = blocks[i + 1];
        if (!open(i) || p.role[i + 1] != Role::none || caption.words < least_caption ||
            caption.words > most_caption_words || !lone_caption_label(blocks[i]) || is_credit_line(caption) ||
            lone_caption_label(caption))
            continue;
        p.role[i] = Role::boilerplate;
        p.role[i + 1] = Role::caption;
        Media m{caption.text, std::nullopt};
        if (i > head_from && (open(i - 1) || p.role[i - 1] == Role::credit) && labelled_picture_source(blocks[i - 1])) {
            p.role[i - 1] = Role::credit;
            m.credit = blocks[i - 1].text;
        } else if (credit_under_caption(p, i + 2, re)) {
            // "Legende:" / "Jubel nach dem Tor." / "Keystone/Anna Meier": a credit line right under the caption.
            p.role[i + 2] = Role::credit;
            m.credit = blocks[i + 2].text;
            credits.push_back(i + 2);
        }
        p.article.media.push_back(std::move(m));
        found.push_back(i + 1);
        ++i;
    }
    return found;
}

// "Foto:", "Photo :", "Bild:": a credit's label with its colon (lexicon section credit_prefixes) alone on its line,
// naming nobody: the line under it is the credit.
bool lone_credit_label(const Block& b) {
    const int most_words = 3;
    if (b.words < 1 || b.words > most_words || b.lower.empty() || b.lower.back() != ':') // (a byte first)
        return false;
    static const LexiconSection* prefixes = common_lexicon().section("credit_prefixes"); // (looked up once)
    return prefixes != nullptr && prefixes->has(b.lower);
}

// "Chilblains on the toes, red and swollen." / "Credit:" / "JANE ROE/HARBOUR PICTURE LIBRARY" / <text>, "Engelures sur
// les orteils." / "Crédit :" / "Jean Roux/Studio du Lac", "Der Hafen am Abend" / "Bild:" / "Keystone/Anna Meier": a
// credit's label with its colon alone on its line (lone_credit_label(), no text's source: text_source_credit()) right
// under a caption's line and right over a credit line (read as a credit already, or is_credit_line()): the caption
// and its credit, the label naming nobody. The line under the credit is no caption of it. Returns the captions'
// lines; `credits` gets the credits' lines.
std::vector<std::size_t> captions_over_credit_labels(Page& p, std::size_t head_from, std::size_t re,
                                                     std::vector<std::size_t>& credits) {
    const auto& blocks = p.blocks;
    const int least_caption = 3;
    std::vector<std::size_t> found;
    for (std::size_t i = head_from + 1; i + 1 <= re && i + 1 < blocks.size(); ++i) {
        const Block& caption = blocks[i - 1];
        const Block& credit = blocks[i + 1];
        if (!lone_credit_label(blocks[i]) || (p.role[i] != Role::none && p.role[i] != Role::boilerplate) ||
            p.role[i - 1] != Role::none || caption.words < least_caption || caption.words > most_caption_words ||
            caption.boilerplate || text_source_credit(blocks[i].text) || is_credit_line(caption) ||
            (p.role[i + 1] != Role::credit && (p.role[i + 1] != Role::none || !is_credit_line(credit))))
            continue;
        p.role[i - 1] = Role::caption;
        p.role[i] = Role::boilerplate;
        p.role[i + 1] = Role::credit;
        p.article.media.push_back(Media{caption.text, credit.text});
        found.push_back(i - 1);
        credits.push_back(i + 1);
        ++i;
    }
    return found;
}

// "Fuente de la imagen, Getty Images" / "Pie de foto, La presidenta en el Congreso.", "Image caption, Workers at the
// pier." / "Image source, PA Media", "Crédito, Reuters" / "Legenda da foto, ...": a picture's source after its label
// (picture_source_credit()) right over or under a caption opened by its own label (labelled_caption(), read by
// mark_metadata() with no credit) is that caption's credit, the line as printed (as "Bild: Keystone" is). The media
// found so far sit on `lines` in their order. A source between two such captions credits the one under it, unless
// another source stands under that one (the page prints each source under its caption). Returns the sources taken.
std::vector<std::size_t> sources_by_labelled_captions(Page& p, std::size_t head_from, std::size_t re,
                                                      const std::vector<std::size_t>& lines) {
    const auto& blocks = p.blocks;
    std::vector<std::size_t> taken;
    if (lines.size() != p.article.media.size())
        return taken;
    const std::size_t end = std::min(re + 1, blocks.size());
    auto source = [&](std::size_t k) {
        return k >= head_from && k < end &&
               (p.role[k] == Role::credit || p.role[k] == Role::none || p.role[k] == Role::boilerplate) &&
               blocks[k].words >= 2 && !blocks[k].end_punct && picture_source_credit(blocks[k].text);
    };
    // The media whose caption, opened by its label, stands on line k and has no credit yet.
    auto free_caption = [&](std::size_t k) -> Media* {
        if (k < head_from || k >= end || p.role[k] != Role::caption || !labelled_caption(blocks[k].text))
            return nullptr;
        const auto at = std::find(lines.begin(), lines.end(), k);
        if (at == lines.end())
            return nullptr;
        Media& m = p.article.media[static_cast<std::size_t>(at - lines.begin())];
        return m.credit ? nullptr : &m;
    };
    for (std::size_t i = head_from; i < end; ++i) {
        // (The count first, then the label's first byte: most lines end there.)
        if (blocks[i].words > 10)
            continue;
        // (A plain credit line, credit_under_caption(), credits the caption over it only: asked under such a caption
        // alone, the credit's reading being dear.)
        const bool labelled_source = source(i);
        Media* up = i > 0 ? free_caption(i - 1) : nullptr;
        if (!labelled_source && !(up != nullptr && credit_under_caption(p, i, re)))
            continue;
        Media* down = labelled_source ? free_caption(i + 1) : nullptr;
        Media* m = down != nullptr && !(up != nullptr && source(i + 2)) ? down : up;
        if (m == nullptr)
            continue;
        m->credit = blocks[i].text;
        p.role[i] = Role::credit;
        taken.push_back(i);
    }
    return taken;
}

// "Archivo - Coche patrulla de la Policía Local" / "- AYUNTAMIENTO DE ALCORCÓN - Archivo", "Archive - Police car
// outside the town hall" / "- TOWN COUNCIL - Archive": a caption opened by one word and a spaced dash (the kind of
// picture), and under it a line opened by a dash and closed by a spaced dash and the same word: the caption and its
// credit (the dash opening it dropped). Returns the captions' lines; `credits` gets the credits' lines.
std::vector<std::size_t> captions_over_echoed_credits(Page& p, std::size_t head_from, std::size_t re,
                                                      std::vector<std::size_t>& credits) {
    const auto& blocks = p.blocks;
    const int least_caption = 3, most_credit_words = 12;
    std::vector<std::size_t> found;
    for (std::size_t i = head_from; i < re && i + 1 < blocks.size(); ++i) {
        const Block& credit = blocks[i + 1];
        // (A byte first: most lines end here.)
        if (credit.text.size() < 4 || credit.text[0] != '-' || credit.text[1] != ' ' ||
            credit.words > most_credit_words || p.role[i] != Role::none ||
            (p.role[i + 1] != Role::none && p.role[i + 1] != Role::boilerplate))
            continue;
        const Block& caption = blocks[i];
        const std::string_view line = caption.text;
        const std::size_t dash = line.find(" - ");
        if (caption.words < least_caption || caption.words > most_caption_words || dash == std::string_view::npos ||
            dash == 0 || line.substr(0, dash).find(' ') != std::string_view::npos)
            continue;
        const std::string_view word = line.substr(0, dash);
        const std::string_view under = credit.text;
        if (!under.ends_with(word) || under.size() < word.size() + 5 ||
            under.substr(under.size() - word.size() - 3, 3) != " - ")
            continue;
        p.role[i] = Role::caption;
        p.role[i + 1] = Role::credit;
        p.article.media.push_back(Media{caption.text, std::string(text::trim(under.substr(2)))});
        found.push_back(i);
        credits.push_back(i + 1);
        ++i;
    }
    return found;
}

// "Ilustración" / "Sr. García" / <paragraph>, "Foto" / "Anna Riva" / <paragraph>: a credit's label without its colon
// (a word that lexicon section credit_prefixes lists with one) alone on its line, a name of one to four capitalised
// words on the line under it and a paragraph of the text under that: the name credits the picture (printed with no
// caption), the label names nobody.
void credits_under_labels(Page& p, std::size_t head_from, std::size_t re) {
    const int most_name_words = 4, least_paragraph_words = 10;
    const auto& blocks = p.blocks;
    static const LexiconSection* prefixes = common_lexicon().section("credit_prefixes"); // (looked up once)
    for (std::size_t i = head_from; i + 2 <= re && i + 2 < blocks.size(); ++i) {
        const Block& label = blocks[i];
        const Block& name = blocks[i + 1];
        const Block& text = blocks[i + 2];
        // (The counts first: most lines end here.)
        if (label.words != 1 || label.end_punct || label.digits > 0 || name.words < 1 || name.words > most_name_words ||
            name.end_punct || name.digits > 0 || text.words < least_paragraph_words || !text.end_punct)
            continue;
        if ((p.role[i] != Role::none && p.role[i] != Role::boilerplate) || p.role[i + 1] != Role::none ||
            p.role[i + 2] != Role::none || name.boilerplate || !text::starts_upper(name.text) || prefixes == nullptr ||
            !prefixes->has(std::string(label.lower) + ":"))
            continue;
        p.role[i] = Role::boilerplate;
        p.role[i + 1] = Role::credit;
    }
}

// "(Teresa Ruiz)", "(ABC News: Kim Tran)": the parenthesis closing a caption after its stop (the space before it lost
// or not) holds the photographer's bare name of two or three words (bare_name()), perhaps after the outlet the
// picture was taken for and a colon (one to three capitalised words), nothing else: where the parenthesis opens, or
// npos. A stop after the parenthesis is no caption's ("... (Jane Roe)." closes a sentence of the text).
std::size_t closing_name_parenthesis(std::string_view line) {
    const std::size_t most_name_words = 3, most_outlet_words = 3;
    if (line.size() < 8 || line.back() != ')')
        return std::string_view::npos;
    const std::size_t open = line.rfind('(');
    if (open == std::string_view::npos || open < 2)
        return std::string_view::npos;
    const std::size_t stop = line[open - 1] == ' ' ? open - 2 : open - 1;
    if (line[stop] != '.' && line[stop] != '!' && line[stop] != '?')
        return std::string_view::npos;
    std::string_view inner = line.substr(open + 1, line.size() - open - 2);
    if (const std::size_t colon = inner.find(':'); colon != std::string_view::npos) {
        const auto outlet = text::split_ws(inner.substr(0, colon));
        if (outlet.empty() || outlet.size() > most_outlet_words ||
            !std::all_of(outlet.begin(), outlet.end(), [](std::string_view w) { return text::starts_upper(w); }))
            return std::string_view::npos;
        inner = inner.substr(colon + 1);
    }
    const auto name = text::split_ws(inner);
    if (name.size() < 2 || name.size() > most_name_words ||
        inner.find_first_of(".,;:!?()/") != std::string_view::npos || !bare_name(name) || agency_tag(line.substr(open)))
        return std::string_view::npos;
    return open;
}

// "Vendors greet the first customers in the renovated hall. (Teresa Ruiz)", "Les marchands accueillent leurs premiers
// clients. (Thomas Rieder)", "Farmer Joe Blake checks his dam.(ABC News: Kim Tran)": a short line (thirty words at
// most) closed by the photographer's name in parentheses after its stop (closing_name_parenthesis()) is a picture's
// caption and its credit, where the name is no one the text speaks of: its last word is printed on no line of text
// (more than five words, or a stop closing it) but those closed by the same parenthesis (a gallery's pictures, each
// credited alike). A paragraph of the text closing with a person's name in parentheses names someone its sentences
// speak of. Nor is the name the page's author's ("By Jane Roe" / ... / "Dig a hole in the soil. (Jane Roe)"): a
// how-to's author naming herself under its steps signs lines the text counts as its own. Returns the lines of the
// media found.
std::vector<std::size_t> captions_closed_by_names(Page& p, std::size_t head_from, std::size_t re) {
    const auto& blocks = p.blocks;
    const int least_caption = 4, most_line_words = 5;
    std::vector<std::size_t> found;
    for (std::size_t i = head_from + 1; i <= re && i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        // (The counts and the last byte first: most lines end here.)
        if (p.role[i] != Role::none || b.words < least_caption || b.words > most_caption_words ||
            b.text.back() != ')' || b.repeats > 0)
            continue;
        const std::size_t open = closing_name_parenthesis(b.text);
        if (open == std::string::npos)
            continue;
        const std::string_view credit = std::string_view(b.text).substr(open);
        const std::string_view inner = credit.substr(1, credit.size() - 2);
        const std::string_view surname = inner.substr(inner.rfind(' ') + 1);
        const bool named_elsewhere = std::any_of(blocks.begin(), blocks.end(), [&](const Block& other) {
            return &other != &b && (other.words > most_line_words || other.end_punct) &&
                   other.text.find(surname) != std::string::npos && !other.text.ends_with(credit);
        });
        const std::string_view name = text::trim(inner.substr(inner.find(':') + 1));
        const auto& authors = p.article.authors;
        if (named_elsewhere || std::find(authors.begin(), authors.end(), name) != authors.end())
            continue;
        p.role[i] = Role::caption;
        p.article.media.push_back(
            Media{text::collapse(std::string_view(b.text).substr(0, open)), std::string(credit)});
        found.push_back(i);
    }
    return found;
}

// "Denis Carrel et Suzanne Abadie dans « Les Heures claires », de Léa Morand. PYRAMIDE DISTRIBUTION", "The crew
// on the pier at dawn. HARBOUR PICTURES": a caption's sentence (four words or more, opening with a capital) closed
// by the name of the agency or the distributor that handed the picture out, in capitals after the last stop (two to
// four words, capital_outlet()), on the line right over the text's first paragraph (twenty words or more, longer than
// the line, closed by a mark) with no paragraph of the text (as long) over it but one, the standfirst (the headline
// and its standfirst are not known yet): the article's first picture, its caption and its credit. (A
// sentence closed by words in capitals in the text's run, "... on Friday. READ MORE" between paragraphs, is none;
// nor is a teaser closed by its flag, "... in the city. NEW FIGURES", with no paragraph under it.) Returns the lines
// of the media found.
std::vector<std::size_t> captions_closed_by_capitals(Page& p, std::size_t head_from, std::size_t re) {
    const int least_line_words = 6, least_paragraph_words = 20;
    const std::size_t least_caption_words = 4, most_paragraphs_over = 1;
    std::size_t paragraphs_over = 0;
    std::vector<std::size_t> found;
    const auto& blocks = p.blocks;
    auto text_paragraph = [&](std::size_t k) {
        return p.role[k] == Role::none && blocks[k].end_punct && blocks[k].words >= least_paragraph_words &&
               !blocks[k].boilerplate;
    };
    for (std::size_t i = head_from + 1; i < re && i + 1 < blocks.size(); ++i) {
        const Block& b = blocks[i];
        // (The counts and the last byte first: most lines end here, the text's first paragraph ends the search.)
        if (text_paragraph(i) && ++paragraphs_over > most_paragraphs_over)
            break;
        const char last = b.text.back();
        if (p.role[i] != Role::none || b.words < least_line_words || b.words > most_caption_words || last < 'A' ||
            last > 'Z' || b.repeats > 0 || b.boilerplate)
            continue;
        const std::size_t stop = b.text.rfind(". ");
        if (stop == std::string::npos)
            continue;
        const std::string_view tail = text::trim(std::string_view(b.text).substr(stop + 1));
        const std::string_view caption = std::string_view(b.text).substr(0, stop + 1);
        // "<standfirst> / Tomás Ibarra, en su taller en 2017. / Tomás Ibarra, en su taller en 2017. PEDRO GÁLVEZ /
        // <byline>": the caption's sentence printed alone right over it (the picture's alt text over its
        // figcaption) says the same wherever the line stands, over the text's first paragraph or not; the first print
        // leaves with the boilerplate.
        const bool twice = p.role[i - 1] == Role::none && blocks[i - 1].text == caption;
        const bool over_text = text_paragraph(i + 1) && blocks[i + 1].words > b.words;
        // "Domenica 6 dicembre 2026, 00:15" / "La scrittrice Marta Olivieri in una libreria di Portovalle. ANNA FERRI"
        // / <paragraph>: right under the head's date line or byline, a person's name in capitals (bare_name(), its
        // first word a given name the lexicon knows: known_given_name_words) closes the head picture's caption over a
        // first paragraph of any length, closed by a mark and longer than the line. (Not words of emphasis, "... in
        // front of the council. NEVER AGAIN", "... davanti al consiglio. MAI PIÙ", nor an acronym, "... l'ISTAT.
        // ANSA".)
        const bool under_head = !twice && !over_text &&
                                (p.role[i - 1] == Role::date || p.role[i - 1] == Role::byline) &&
                                p.role[i + 1] == Role::none && blocks[i + 1].end_punct &&
                                blocks[i + 1].words > b.words && !blocks[i + 1].boilerplate;
        if (!twice && !over_text && !under_head)
            continue;
        if (under_head) {
            static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
            const auto words = text::split_ws(tail);
            if (given == nullptr || !bare_name(words) || !given->has(text::lower(words.front())))
                continue;
        }
        if (tail.find(' ') == std::string_view::npos || !capital_outlet(tail) || !text::starts_upper(caption) ||
            text::split_ws(caption).size() < least_caption_words ||
            std::none_of(caption.begin(), caption.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
            continue;
        p.role[i] = Role::caption;
        if (twice)
            p.role[i - 1] = Role::boilerplate;
        p.article.media.push_back(Media{text::collapse(caption), std::string(tail)});
        found.push_back(i);
        break;
    }
    return found;
}

// "Moa Karlberg/imagebank.example.se": a photographer's bare name (bare_name()) and, after one slash, the host name of
// the picture bank it comes from (small letters, figures and hyphens, one dot at least, the part after the last one
// two to six bytes long).
bool person_slash_host(std::string_view line) {
    const std::size_t slash = line.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 >= line.size())
        return false;
    const std::string_view host = line.substr(slash + 1);
    const std::size_t dot = host.rfind('.');
    const std::size_t least_tld = 2, most_tld = 6;
    if (dot == std::string_view::npos || dot == 0 || host.size() - dot - 1 < least_tld ||
        host.size() - dot - 1 > most_tld ||
        !std::all_of(host.begin(), host.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'; }))
        return false;
    return bare_name(text::split_ws(line.substr(0, slash)));
}

// The credit at line `i` over its caption at `i + 1` (credits_over_captions(), credits_under_heads()): both are the
// picture's, and the caption's line is added to `found`.
void take_credit_over_caption(Page& p, std::size_t i, std::vector<std::size_t>& found) {
    p.role[i] = Role::credit;
    p.role[i + 1] = Role::caption;
    p.article.media.push_back(Media{p.blocks[i + 1].text, p.blocks[i].text});
    found.push_back(i + 1);
}

// "<the text's last paragraph>." / "Foto: Omroep Noordoost / Kees Mulder" / "Het Stadhuisplein in Almere", "<...>." /
// "Photo : Jean Roux / AFP" / "La place de l'Hôtel-de-Ville à Lyon": a labelled credit (is_credit_line(), a label
// opening it: lexicon section glued_credit_labels) right under the article's last line (`re`, a paragraph closed by
// a stop) printed OVER its caption, a title of three to eight words that no mark closes (no figure, link, nor line
// printed twice or known as boilerplate): the picture that closes the article. Returns the caption's line, or nothing.
std::optional<std::size_t> credit_over_closing_caption(Page& p, std::size_t re) {
    const auto& blocks = p.blocks;
    const int least_caption = 3, most_title_words = 8;
    if (re + 2 >= blocks.size() || !blocks[re].end_punct || blocks[re].text.back() != '.' ||
        p.role[re] == Role::caption)
        return std::nullopt;
    const Block& credit = blocks[re + 1];
    const Block& caption = blocks[re + 2];
    auto open = [&](std::size_t k) { return p.role[k] == Role::none || p.role[k] == Role::boilerplate; };
    if ((!open(re + 1) && p.role[re + 1] != Role::credit) || !open(re + 2) || caption.words < least_caption ||
        caption.words > most_title_words || caption.end_punct || caption.text.back() == ':' || caption.urls > 0 ||
        caption.digits > 0 || caption.boilerplate || caption.repeats > 0 || p.terminator[re + 2])
        return std::nullopt;
    if (!opens_with_picture_label(credit.lower) || !is_credit_line(credit) || is_credit_line(caption))
        return std::nullopt;
    std::vector<std::size_t> found;
    take_credit_over_caption(p, re + 1, found);
    p.soft_caption[re + 2] = true;
    return re + 2;
}

// "Die Lücke beträgt 12 Milliarden Euro.", "Am 5. Dezember 2026 stimmte der Rat ab.": a figure printed as a word of
// its own, as a sentence of the text states one. "Ein umgestürzter Baum auf der B4 bei Neumünster.", "Een omgewaaide
// boom op de N31.": a road's or a model's name holds its figures inside a word after letters, as a caption may.
bool figure_word(const Block& b) {
    if (b.digits == 0) // (the count first: most lines have no figure)
        return false;
    const auto words = text::split_ws(b.text);
    return std::any_of(words.begin(), words.end(), [](std::string_view w) {
        const std::size_t first = w.find_first_of("0123456789");
        if (first == std::string_view::npos)
            return false;
        // (A letter right before the first figure glues it into a name: "B4", "N31", "A320".)
        const auto c = static_cast<unsigned char>(w[first == 0 ? 0 : first - 1]);
        return first == 0 || !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    });
}

// "<paragraph>." / "Das neue Ausbildungszentrum in Heilbronn." / "Bild: Solvatec GmbH", "<paragraph>." / "Bild
// vergrößern" / "Die Lindenallee im Herbst." / "© Stadt Musterau", "<paragraph>." / "The new depot on its first day." /
// "Photo: Harbour Council": a labelled credit (a label of glued_credit_labels, or the copyright sign before a name
// with no year: "© 2026 Musterau GmbH" is the site's footer) right under the article's last line `re`, a caption's
// sentence closed by a full stop and reporting nobody's words, under a longer paragraph of the text (past a picture's
// button between them, picture_button(), which is the picture's too): the picture that closes the article, set after
// the text as CMS pages print it. Returns the caption's line, or nothing.
std::optional<std::size_t> closing_caption_over_credit(Page& p, std::size_t head_from, std::size_t re) {
    static const LexiconSection* labels = common_lexicon().section("glued_credit_labels"); // (looked up once)
    const auto& blocks = p.blocks;
    const int least_caption = 3;
    if (re + 1 >= blocks.size() || re < head_from + 2 || labels == nullptr ||
        (p.role[re + 1] != Role::none && p.role[re + 1] != Role::boilerplate && p.role[re + 1] != Role::credit))
        return std::nullopt;
    const Block& caption = blocks[re];
    const Block& credit = blocks[re + 1];
    std::size_t at = 0;
    std::string_view label = text::next_token(credit.lower, at);
    if (label.ends_with(':'))
        label.remove_suffix(1);
    // ("© Alle Rechte vorbehalten", "© RIPRODUZIONE RISERVATA": a rights notice names nobody.)
    static const LexiconSection* rights = common_lexicon().section("caption_rights_tails"); // (looked up once)
    const bool copyright = label.starts_with("\u00a9") && credit.digits == 0 && rights != nullptr &&
                           std::none_of(rights->entries.begin(), rights->entries.end(), [&credit](std::string_view r) {
                               return credit.lower.find(r) != std::string::npos;
                           });
    if ((!copyright && !labels->has(label)) || !is_credit_line(credit))
        return std::nullopt;
    // ("<paragraph>." / "Die Mannschaft nach dem Spiel (v.l.): Anna Muster, Jana Roth." / "Foto: TSV Musterau": a
    // caption read already, with no credit, takes the credit under it.)
    if (p.role[re] == Role::caption) {
        for (Media& m : p.article.media)
            if (m.caption && *m.caption == caption.text && !m.credit) {
                m.credit = credit.text;
                p.role[re + 1] = Role::credit;
                break;
            }
        return std::nullopt;
    }
    if (p.role[re] != Role::none || caption.words < least_caption || caption.words > most_caption_words ||
        caption.text.back() != '.' || caption.urls > 0 || figure_word(caption) || caption.boilerplate ||
        caption.repeats > 0 || is_credit_line(caption) || split_trailing_credit(caption) || byline_shaped(caption) ||
        reports_quotation(caption.text) || reports_speech(caption.text, p.language) ||
        reported_sentence(caption, p.language))
        return std::nullopt;
    // (The paragraph over the caption, past a picture's button: text, longer than the caption.)
    const bool button = p.role[re - 1] == Role::none && picture_button(blocks[re - 1]);
    const std::size_t over = button ? re - 2 : re - 1;
    if (over <= head_from || p.role[over] != Role::none || !blocks[over].end_punct ||
        blocks[over].words <= caption.words)
        return std::nullopt;
    if (button)
        p.role[re - 1] = Role::boilerplate;
    p.role[re + 1] = Role::credit;
    p.role[re] = Role::caption;
    p.soft_caption[re] = true;
    p.article.media.push_back(Media{caption.text, credit.text});
    return re;
}

// "<the text's last paragraph>." / "Ivete com o marido — Foto: Reprodução/Instagram" (printed twice) / "Mais lidas",
// "<...>." / "A fumaça vista da avenida" / "Foto: Arquivo pessoal" / "VÍDEOS", "<...>." / "Legende:" / "Der Jubel nach
// dem Tor." / "Keystone/Anna Meier" / "Video": the picture a page sets under its text's last paragraph, at `re` where
// the article's region ends, over the links or the boxes that follow: a caption that a picture's label opening its
// credit says is one (opens_with_picture_label(), the credit closing the caption's line or on the line under it), or a
// caption's label over it (captions_under_labels()). A line printed twice prints the caption twice. Returns the
// caption's line, or nothing; a credit line taken alone is added to `credits`.
std::optional<std::size_t> picture_under_text(Page& p, std::size_t re, std::vector<std::size_t>& credits) {
    const auto& blocks = p.blocks;
    const int least_caption = 3;
    const std::size_t j = re + 1;
    if (j + 1 >= blocks.size() || !blocks[re].end_punct || p.role[j] != Role::none || blocks[j].urls > 0)
        return std::nullopt;
    if (lone_caption_label(blocks[j])) {
        const auto found = captions_under_labels(p, j, j + 2, credits);
        return found.empty() ? std::nullopt : std::optional<std::size_t>(found.front());
    }
    const Block& caption = blocks[j];
    if (caption.words < least_caption || caption.words > most_caption_words || caption.text.back() == ':' ||
        is_credit_line(caption))
        return std::nullopt;
    auto printed_again = [&](std::size_t k) {
        if (k < blocks.size() && blocks[k].text == caption.text &&
            (p.role[k] == Role::none || p.role[k] == Role::duplicate))
            p.role[k] = Role::duplicate;
    };
    // (A picture's label is one of the line's words, counted by segment(): most lines are settled by the count.)
    constexpr auto label_tag = static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(picture_label)));
    if (auto split = caption.notice_tags()[label_tag] > 0 ? split_trailing_credit(caption) : std::nullopt;
        split && opens_with_picture_label(split->second)) {
        p.role[j] = Role::caption;
        p.soft_caption[j] = true;
        p.article.media.push_back(Media{std::move(split->first), std::move(split->second)});
        printed_again(j + 1);
        return j;
    }
    // ("<...>." / "L'ingresso del tribunale di Borgoterra (ANSA)", "Le palais de justice de Valmont (AFP)": a short
    // line without a stop closed by an agency's name in parentheses, out of the text's run, is the picture's caption
    // and that agency its credit. The text's source tag is the agency alone, or closing a sentence of the text.)
    if (caption.text.back() == ')' && !caption.end_punct) {
        if (auto split = split_trailing_credit(caption); split && agency_in_parentheses(split->second) &&
                                                        caption.words > least_caption && !split->first.empty() &&
                                                        std::string_view(".!?:").find(split->first.back()) ==
                                                            std::string_view::npos) {
            p.role[j] = Role::caption;
            p.soft_caption[j] = true;
            p.article.media.push_back(Media{std::move(split->first), std::move(split->second)});
            printed_again(j + 1);
            return j;
        }
    }
    const Block& credit = blocks[j + 1];
    if ((p.role[j + 1] != Role::none && p.role[j + 1] != Role::credit) || !opens_with_picture_label(credit.lower) ||
        !is_credit_line(credit))
        return std::nullopt;
    p.role[j] = Role::caption;
    p.soft_caption[j] = true;
    p.role[j + 1] = Role::credit;
    p.article.media.push_back(Media{caption.text, credit.text});
    credits.push_back(j + 1);
    return j;
}

// "<paragraph>" / "Kjell Berg/Harbour Images" / "The old town is worth a visit in summer and winter!" / "Travel tips",
// "<list's last item>" / "Foto: Anna Muster" / "Die Altstadt lohnt sich zu jeder Jahreszeit." / "Unterwegs mit dem
// Van": a credit (a line of credit of two words or more, a name and the outlet or the picture bank after a slash)
// printed OVER its caption: a sentence of a caption's length under it (closed by a full stop or an exclamation mark),
// set apart from the text by a heading under it (a short line without a stop), when the line over the credit is text,
// no caption of its own: a paragraph longer than a caption, or a line closed by a colon announcing what follows.
// ("<byline>" / "A surgeon talks with an oncologist" / "Photo: Jane Roe" / "A congress on the two medicines." /
// "<buttons>": a caption without a stop over the credit is its caption.) Returns the captions' lines.
std::vector<std::size_t> credits_over_captions(Page& p, std::size_t head_from, std::size_t re) {
    const auto& blocks = p.blocks;
    const int least_caption = 3, most_heading_words = 10, least_credit_words = 2;
    std::vector<std::size_t> found;
    // (A question is a title's or a menu's as often as a caption's.)
    auto sentence = [](const Block& b) { return b.text.back() == '.' || b.text.back() == '!'; };
    for (std::size_t i = head_from + 1; i + 2 <= re && i + 2 < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (b.words < 1 || b.words > 6 || b.end_punct || (p.role[i] != Role::none && p.role[i] != Role::credit))
            continue; // (the counts first: most lines end here)
        const Block& caption = blocks[i + 1];
        const Block& heading = blocks[i + 2];
        const Block& over = blocks[i - 1];
        if (p.role[i + 1] != Role::none || caption.words < least_caption || caption.words > most_caption_words ||
            !sentence(caption) || caption.boilerplate || p.role[i + 2] != Role::none || heading.words < 1 ||
            heading.words > most_heading_words || heading.end_punct || heading.boilerplate)
            continue;
        // (The line over the credit is text: a paragraph longer than a caption, or a line announcing what follows.)
        if (p.role[i - 1] != Role::none || !(over.words > most_caption_words || over.text.back() == ':'))
            continue;
        if (b.words < least_credit_words ||
            (p.role[i] == Role::none && !person_first_credit(b.text) && !person_slash_host(b.text)))
            continue;
        if (is_credit_line(caption) || split_trailing_credit(caption))
            continue;
        take_credit_over_caption(p, i, found);
        ++i;
    }
    return found;
}

// "(Bild: Jane Roe)" / "<paragraph>" / ... / "(Bild: Jane Roe)" / "<paragraph>": credits printed alike stand alike.
// When another print of the credit at `i` in the article stands over a paragraph too long for a caption (pictures
// set in the text without captions), the line under this one is text too, no caption.
bool alike_over_text(const Page& p, std::size_t i, std::size_t re) {
    const auto& blocks = p.blocks;
    for (std::size_t j = 0; j < re && j + 1 < blocks.size(); ++j)
        if (j != i && blocks[j].text.size() == blocks[i].text.size() && blocks[j].text == blocks[i].text &&
            blocks[j + 1].words > most_caption_words)
            return true;
    return false;
}

// "By Kim Tran" / "Sam Vale/Harbour Times" / "The ferry leaves the harbour on a test run." / "<paragraph>", "Par Marie
// Lenoir" / "Jean Roux/Le Courrier du Lac" / "Le traversier quitte le port pour un essai." / "<paragraph>": a
// photographer's name and the outlet after a slash, no label (person_first_credit()), alone right under the byline
// or the date line, is printed OVER its caption, the sentence under it: of a caption's length, closed by a stop or an
// exclamation mark, quoting and reporting no one's words, with a longer paragraph of the text under it. (No caption
// can stand over the credit there; a byline's agency stands without a name's slash: "Jane Roe / AFP" is read
// before.) Returns the captions' lines.
std::vector<std::size_t> credits_under_heads(Page& p, std::size_t head_from, std::size_t re) {
    const auto& blocks = p.blocks;
    const int least_caption = 3, least_credit_words = 2, least_paragraph_words = 10;
    std::vector<std::size_t> found;
    for (std::size_t i = head_from + 1; i + 2 <= re && i + 2 < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (b.words < least_credit_words || b.words > 6 || b.end_punct ||
            (p.role[i] != Role::credit && (p.role[i] != Role::none || b.boilerplate)))
            continue; // (the counts first: most lines end here)
        // ("<date line>" / "Foto:" / "Mauricio Moreno / EL TIEMPO ANDINO" / <caption>: a credit's label alone on its
        // line may stand between the head and the credit; it says the line under it is the credit.)
        const bool labelled = i >= 2 && (p.role[i - 1] == Role::none || p.role[i - 1] == Role::boilerplate) &&
                              lone_credit_label(blocks[i - 1]);
        const std::size_t head = labelled ? i - 2 : i - 1;
        if (p.role[head] != Role::byline && p.role[head] != Role::date)
            continue;
        const Block& caption = blocks[i + 1];
        // ("Fot. PAP/Adam Kowalik" / "<caption>" / "10:12" / "<first entry>", "Foto: dpa/Anna Kessler" / "<caption>"
        // / "10:12 Uhr" / ...: a live blog's time stamp opens its first entry between the caption and the text.)
        const std::size_t under = i + 3 <= re && i + 3 < blocks.size() && entry_stamp(blocks[i + 2]) ? i + 3 : i + 2;
        const Block& text = blocks[under];
        const char last = caption.text.back();
        if (p.role[i + 1] != Role::none || caption.words < least_caption || caption.words > most_caption_words ||
            (last != '.' && last != '!') || caption.boilerplate || p.role[under] != Role::none || !text.end_punct ||
            text.words < least_paragraph_words || text.words <= caption.words || text.boilerplate)
            continue;
        // (A credit its marks name already, "© Keystone", "Foto: Anna Muster", stands there as well. Under an author's
        // byline it stands alone over the text's first paragraph, "Lucía Garrido" / "<date>" / "Foto: Javier Romero" /
        // "El pleno aprobó el plan." / <paragraph> (the corpus's marked credits under a byline stand over the text),
        // unless the text visibly opens lower: its dateline opens the paragraph under the sentence, "Kiel (dpa) – ...",
        // or a live blog's time stamp stands under the sentence, "10:12" / <first entry>. Under a date line alone it
        // stands over its caption ("01.12.2026" / "Foto: <firm>" / "<the plant>." / <teaser>). An agency's bare name
        // there is the wire's byline: "Reuters" / "<first paragraph>". A name and an outlet after a slash, "Sam
        // Vale/Harbour Times", print a caption's credit.)
        const bool slashed = person_first_credit(b.text);
        // (The author's bare name over the date line is read as the byline later: "Lucía Garrido" / "<date>".)
        const bool under_byline = p.role[head] == Role::byline ||
                                  (head > 0 && (p.role[head - 1] == Role::byline ||
                                                bare_name(text::split_ws(blocks[head - 1].text))));
        const bool credit = p.role[i] == Role::credit
                                ? !lone_agency_name(b.text) && !alike_over_text(p, i, re) &&
                                      (slashed || !under_byline || under != i + 2 ||
                                       dateline_tag(text.text).has_value())
                                : (labelled && text::starts_upper(b.text)) || slashed;
        // ("Bild: SRF" / "abspielen. Laufzeit 1 Minute 45 Sekunden.": a player's notice is no caption.)
        if (!credit || player_notice(caption) || caption.text.find_first_of("\"") != std::string::npos ||
            reports_quotation(caption.text) || reports_speech(caption.text, p.language) ||
            is_credit_line(caption) || split_trailing_credit(caption))
            continue;
        if (labelled)
            p.role[i - 1] = Role::boilerplate;
        take_credit_over_caption(p, i, found);
        ++i;
    }
    return found;
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

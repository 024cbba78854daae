// The lines collect_media() reads as pictures' credits by their place (classify()): a bare name or a source under a
// caption, a name between the head's caption and its byline, a photographer a credit's label names elsewhere on the
// page, a photographer and the outlet the picture was taken for, a name under a credit's label alone.
#include "bylines.hpp"
#include "credits_parts.hpp"
#include "lexicon.hpp"
#include "media_parts.hpp"
#include "page.hpp"
#include "text.hpp"

#include <algorithm>
#include <vector>

namespace archive {

namespace {

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

} // namespace

bool text_paragraph(const Page& p, std::size_t k, int least_words) {
    const Block& b = p.blocks[k];
    return p.role[k] == Role::none && b.end_punct && b.words >= least_words && !b.boilerplate;
}

bool caption_line(const Page& p, std::size_t k, int least_words) {
    const Block& b = p.blocks[k];
    return p.role[k] == Role::none && !b.boilerplate && b.words >= least_words && b.words <= most_caption_words &&
           b.text.back() != ':';
}

bool under_caption_over_paragraph(const Page& p, std::size_t i) {
    return i >= 1 && i + 1 < p.blocks.size() && caption_line(p, i - 1) && text_paragraph(p, i + 1);
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
        if (!caption_line(p, k - 1, least_caption_words))
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
    const int least_title_words = 4, least_standfirst_words = 6, most_name_words = 4;
    const std::size_t most_under = 3;
    if (i < head_from + 3 || i + 2 >= blocks.size())
        return false;
    const Block& b = blocks[i];
    // (A credit's line read as one already, "EFE", "Foto: Ana Gil", is asked too: the byline's lines under it are no
    // menu's entries.)
    if ((p.role[i] != Role::none && p.role[i] != Role::credit) || b.boilerplate || b.end_punct || b.digits > 0 ||
        b.words > most_name_words)
        return false;
    const Block &standfirst = blocks[i - 2], &title = blocks[i - 3];
    if (!caption_line(p, i - 1) || !blocks[i - 1].end_punct || p.role[i - 2] != Role::none ||
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

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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
        if (!caption_line(p, i - 1, least_short_caption) ||
            (last != '.' && !(last == ')' && caption.text.find(". (") != std::string::npos)))
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

namespace {

// "KAI BRENDT" -> "Kai Brendt": a word in capitals as a name prints it, its first letter kept and the others lowered,
// so that bare_name() reads "KAI" as a given name, not as an acronym of three capitals.
std::string title_cased(std::string_view w) {
    std::size_t first = 0;
    text::next_cp(w, first);
    return std::string(w.substr(0, first)) + text::lower(w.substr(first));
}

// "<paragraph>." / blank / "Le nouveau pont, inauguré mardi." / "YANNICK ROUX" / blank / "<paragraph>.": the line `i`
// glued under the caption's line, the two set apart by blank lines over and under them, as a copied page prints a
// picture's caption and credit (one block of lines); a heading in capitals stands apart from the sentence over it
// ("<sentence>." / blank / "RISING COSTS"). (On a page that parts no lines by blank lines nothing is told.) Not under
// a quotation ("«Les enfants n'auront plus à faire le détour.»" / "YANNICK ROUX"): a pull quote over its speaker.
bool figure_block(const Page& p, std::size_t i) {
    const auto& blocks = p.blocks;
    if (i < 2 || !blocks[i - 2].blank_after || blocks[i - 1].blank_after || !blocks[i].blank_after)
        return false;
    std::size_t at = 0;
    return !text::is_quote_mark(text::next_cp(blocks[i - 1].text, at));
}

} // namespace

// "<paragraph>." / "Le pont vu depuis la place de l'Europe, mercredi matin" / "PIERRE-ALAIN DUBOIS" / "<paragraph>.",
// "<paragraph>." / "Cyclists cross the bridge on its first morning." / "LUCA BIANCHI" / "<paragraph>.": a person's
// name in capitals alone on its line (two to four words, no small letter, figure or mark but a hyphen or an
// apostrophe: capital_outlet(); a bare name's words once each word is cased as a name is, bare_name()), under a
// caption's line among the text's paragraphs (a paragraph of the text or the head's byline or date line over the
// caption, a paragraph of ten words or more under the name), is the caption's credit. The caption that no stop closes
// is no paragraph of the text; under a sentence closed by its stop the name opens with a given name the lexicon
// knows (known_given_name_words): a heading in capitals between two paragraphs, "DIE LAGE AM MORGEN", "WHAT HAPPENS
// NEXT", holds a language's small words, and "NEXT STEPS", "HOHE KOSTEN" no given name. Or the page prints the two as
// a picture's block, whatever the given name ("Le nouveau pont, inauguré mardi." / "YANNICK ROUX"): the caption glued
// over the name, a blank line over the caption and under the name (figure_block()). Nor is the name's surname
// printed on another line of the page.
void capital_name_credits(Page& p, std::size_t head_from, std::size_t re) {
    const auto& blocks = p.blocks;
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    for (std::size_t i = head_from + 2; i + 1 <= re && i + 1 < blocks.size(); ++i) {
        const Block& b = blocks[i];
        // (The counts and the bytes first: most lines end here.)
        if (b.words < 2 || b.words > 4 || b.digits > 0 || b.end_punct || b.boilerplate || p.role[i] != Role::none ||
            !capital_outlet(b.text))
            continue;
        if (!under_caption_over_paragraph(p, i) ||
            (!text_paragraph(p, i - 2) && p.role[i - 2] != Role::byline && p.role[i - 2] != Role::date))
            continue;
        const Block& caption = blocks[i - 1];
        std::vector<std::string> cased;
        for (const std::string_view w : text::split_ws(b.text))
            cased.push_back(title_cased(w));
        const std::vector<std::string_view> words(cased.begin(), cased.end());
        if (!bare_name(words))
            continue;
        const std::string_view first = words.front().substr(0, words.front().find('-'));
        if (caption.end_punct && (given == nullptr || !given->has(text::lower(first))) && !figure_block(p, i))
            continue;
        // ("<paragraph>." / "ANNA KELLER" / "Keller berichtet für die Agentur aus dem Landtag."): a name whose
        // surname another line of the page prints is someone the page speaks of, a writer's box opening with the
        // name; a photographer is named by the credit alone.
        const std::string_view surname = words.back();
        if (std::any_of(blocks.begin(), blocks.end(), [&](const Block& other) {
                return &other != &b && other.text.find(surname) != std::string::npos;
            }))
            continue;
        p.role[i] = Role::credit;
    }
}

// "Le nouveau musée au bord du lac au coucher du soleil." / "Droits : Atelier Lac" / <paragraph>, "<caption>" /
// "Rechte: Studio Berg", "<caption>" / "Diritti: Foto Rossi": the bare label of a picture's rights holder (lexicon
// section rights_labels), then the holder's name, one to four words opening with capitals (small words of a language
// between them: "Archivio di Stato"), no figure nor final mark, alone on the line under a caption's line (three to
// thirty words, no colon closing it) and over a paragraph of the text, is the caption's credit. The label alone
// names no credit anywhere ("Droits : ce que change la réforme", "Rights: What tenants need to know" head the text
// under them).
void rights_label_credits(Page& p, std::size_t head_from, std::size_t re) {
    const auto& blocks = p.blocks;
    const int most_name_words = 4;
    static const LexiconSection* labels = common_lexicon().section("rights_labels"); // (looked up once)
    if (labels == nullptr)
        return;
    for (std::size_t i = head_from + 1; i + 1 <= re && i + 1 < blocks.size(); ++i) {
        const Block& b = blocks[i];
        // (The counts and the colon first: most lines end here.)
        if (b.words < 2 || b.words > most_name_words + 2 || b.digits > 0 || b.end_punct || b.boilerplate ||
            p.role[i] != Role::none)
            continue;
        const std::size_t colon = b.lower.find(':');
        if (colon == std::string::npos || !labels->has(std::string_view(b.lower).substr(0, colon + 1)))
            continue;
        const auto words = text::split_ws(std::string_view(b.text).substr(colon + 1));
        if (words.empty() || words.size() > static_cast<std::size_t>(most_name_words) ||
            !text::starts_upper(words.front()) || !text::starts_upper(words.back()) ||
            !std::all_of(words.begin(), words.end(), [](std::string_view w) {
                return text::starts_upper(w) || stopword_languages(text::lower(w)) != 0;
            }))
            continue;
        if (!under_caption_over_paragraph(p, i))
            continue;
        p.role[i] = Role::credit;
    }
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

} // namespace archive

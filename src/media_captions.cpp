// The captions collect_media() takes with their credits (classify()): a caption under its label, over a credit's
// label or an echoed credit, closed by a name or by capitals, a credit printed over its caption, and the picture that
// closes the article under its last paragraph.
#include "bylines.hpp"
#include "credits_parts.hpp"
#include "lexicon.hpp"
#include "media_parts.hpp"
#include "page.hpp"
#include "region_parts.hpp"
#include "sections_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace archive {

namespace {

// "(AFP)", "(ANSA)", "(dpa)": a known agency's name, and nothing else, in parentheses.
bool agency_in_parentheses(std::string_view credit) {
    const std::size_t least_size = 3; // ("(x)")
    return credit.size() >= least_size && credit.front() == '(' && credit.back() == ')' &&
           lone_agency_name(std::string(credit.substr(1, credit.size() - 2)));
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

} // namespace

// "Image source, Getty Images", "Bildquelle: Keystone": a picture's source after its label (lexicon section
// picture_source_labels), a comma or a colon between them, a few words after it.
bool labelled_picture_source(const Block& b) {
    const int most_words = 10;
    if (b.words < 2 || b.words > most_words || b.end_punct) // (the counts first: most lines end here)
        return false;
    return picture_source_credit(b.text);
}

namespace {

// "Legende: Jubel nach dem Tor." / "Keystone/Anna Meier", "Légende:" / "La joie des joueurs." / "Keystone/Jean Roux":
// a credit line (is_credit_line()) at k, right under a caption its label opened, no blank line between them, open
// still or read as a credit alone: that caption's credit.
bool credit_under_caption(const Page& p, std::size_t k, std::size_t re) {
    return k <= re && k < p.blocks.size() && !p.blocks[k].blank_before &&
           (p.role[k] == Role::none || p.role[k] == Role::credit) && is_credit_line(p.blocks[k]);
}

} // namespace

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

namespace {

// "Foto:", "Photo :", "Bild:": a credit's label with its colon (lexicon section credit_prefixes) alone on its line,
// naming nobody: the line under it is the credit.
bool lone_credit_label(const Block& b) {
    const int most_words = 3;
    if (b.words < 1 || b.words > most_words || b.lower.empty() || b.lower.back() != ':') // (a byte first)
        return false;
    static const LexiconSection* prefixes = common_lexicon().section("credit_prefixes"); // (looked up once)
    return prefixes != nullptr && prefixes->has(b.lower);
}

} // namespace

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

namespace {

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

} // namespace

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
    for (std::size_t i = head_from + 1; i < re && i + 1 < blocks.size(); ++i) {
        const Block& b = blocks[i];
        // (The counts and the last byte first: most lines end here, the text's first paragraph ends the search.)
        if (text_paragraph(p, i, least_paragraph_words) && ++paragraphs_over > most_paragraphs_over)
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
        const bool over_text = text_paragraph(p, i + 1, least_paragraph_words) && blocks[i + 1].words > b.words;
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

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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
        if (!caption_line(p, i + 1, least_caption) || (last != '.' && last != '!') ||
            !text_paragraph(p, under, least_paragraph_words) || text.words <= caption.words)
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

} // namespace archive

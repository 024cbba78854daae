// The opening of the article (classify()): mark_opening(), its headline with what is glued to it or stands right
// above it (a kicker, a date), the lines that open the article's region though they stand outside it, and the
// lede; and the first section's title that opens the region. The kicker's rules are in classify_kickers.cpp, the
// standfirst's in classify_lede.cpp (head_parts.hpp: what the three share).
#include "byline_bio.hpp"
#include "bylines.hpp"
#include "cjk_notices.hpp"
#include "classify.hpp"
#include "head_parts.hpp"
#include "headline.hpp"
#include "headline_parts.hpp"
#include "media_parts.hpp"
#include "meta_parts.hpp"
#include "own_name_credits.hpp"
#include "page.hpp"
#include "press_datelines.hpp"
#include "region_parts.hpp"
#include "sections_parts.hpp"
#include "topic_lines.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace archive {

// "Jane Roe / December 18, 2020 / 2 responses / Highlights / <items> / <heading> / <text>": the title of the first
// section right over the region, under the article's byline or date line, opens the region too: a short label of a
// heading's shape (no stop, no figure, printed once) with only the metadata block between the headline and it (lines
// given a role, or a few short lines of no text: a count of replies) and the short items of a list under it, when the
// region goes on under more such titles over text, or when it is the label of a box of key points (summary_box_label():
// "L'essentiel"). (A box of key points over the byline, or an unlabelled one over a text of no headings, stays out;
// so does a button over the first paragraph.)
bool opening_title(const Page& p, std::size_t k, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    if (k == 0 || k + 1 >= re || p.role[k] != Role::none)
        return false;
    // "<headline> / <date> / Gembloux : un nouveau parking à la gare / <text> / Ciney : ... / <text>": the first item's
    // title of a page of short items, right under the page's headline and its date line.
    if (k >= 2 && (p.role[k - 1] == Role::date || p.role[k - 1] == Role::byline || p.role[k - 1] == Role::headline) &&
        first_of_labelled_items(p, k))
        return true;
    const Block& label = blocks[k];
    const int most_words = 5;
    if (label.words > most_words || label.digits > 0 || label.end_punct || label.repeats > 0 || label.boilerplate ||
        label.urls > 0 || !heading_like(label) || share_button(label))
        return false;
    // Over the items of a list, no paragraph of prose nor a caption: "Jane Roe / <date> / Save / <first paragraph>" is a
    // button.
    if (p.role[k + 1] != Role::none || p.raw_quality[k + 1] == Quality::good)
        return false;
    // Up to the headline, a few lines of the metadata block, a byline or a date line among them.
    const std::size_t most_lines = 8;
    bool metadata = false;
    std::size_t j = k;
    for (; j-- > 0 && k - j <= most_lines && p.role[j] != Role::headline;) {
        metadata = metadata || p.role[j] == Role::byline || p.role[j] == Role::date;
        if (p.role[j] == Role::none && (blocks[j].words > 3 || blocks[j].end_punct))
            return false;
    }
    if (j == static_cast<std::size_t>(-1) || p.role[j] != Role::headline || !metadata)
        return false;
    // (The label of the article's box of key points opens it on a text of no headings too.)
    if (summary_box_label(label))
        return true;
    // More titles further down: a short line of a heading's shape over a paragraph of prose.
    for (std::size_t t = k + 2; t < re; ++t)
        if (p.role[t] == Role::none && blocks[t].words <= 12 && !blocks[t].end_punct && blocks[t].digits == 0 &&
            p.quality[t + 1] == Quality::good && heading_like(blocks[t]))
            return true;
    return false;
}

// Where the region opens with the first section's title (opening_title()): right over it, or over the items of its
// list and the title of the second section, when the region opens on the second's paragraphs ("<label> / <item> /
// <item> / <title> / <region>": short sentences of a list kept out of the region by their length).
std::size_t first_section_start(Page& p, std::size_t h, std::size_t rs, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    if (rs > h + 1 && opening_title(p, rs - 1, re))
        return rs - 1;
    const std::size_t fewest_items = 2;
    if (rs < h + fewest_items + 3 || p.role[rs - 1] != Role::none || blocks[rs - 1].end_punct ||
        !heading_like(blocks[rs - 1]))
        return rs;
    const int least_words = 4, most_words = 25;
    std::size_t k = rs - 1;
    while (k > h + 2 && p.role[k - 1] == Role::none && blocks[k - 1].end_punct && blocks[k - 1].words >= least_words &&
           blocks[k - 1].words <= most_words && p.raw_quality[k - 1] != Quality::good)
        --k;
    if (rs - 1 - k < fewest_items || !opening_title(p, k - 1, re))
        return rs;
    // (The lines over the region around it may have rated the title bad in context.)
    p.quality[rs - 1] = Quality::good;
    return k - 1;
}

std::size_t mark_opening(Page& p, std::size_t rs, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    const std::string_view language = p.language;
    Article& a = p.article;
    // Headline: the best title-like line just before the article (or opening it).
    std::size_t first_text = rs;
    while (first_text <= re && p.role[first_text] != Role::none)
        ++first_text;
    std::optional<std::size_t> headline = choose_headline(p, first_text, re);
    // "Ferries return to the pier / <its teaser> / Storm closes the bridge / ... / Ferries return to the pier /
    // JANE ROE / <the article>": the headline printed again further down, over a longer run of paragraphs than the
    // first print, is the article's; the first print is its teaser in a list of them.
    if (headline && blocks[*headline].repeats > 0) {
        const std::size_t h = *headline;
        // The paragraphs in a row under a title, past a few lines of its header (the author, the date, a picture's
        // label); one line between two paragraphs does not end the row (a teaser's summary, then other titles, does).
        auto run_under = [&](std::size_t at) {
            const std::size_t header = 8;
            std::size_t k = at + 1;
            while (k <= re && k <= at + header && p.raw_quality[k] != Quality::good)
                ++k;
            std::size_t run = 0;
            for (; k <= re; ++k) {
                if (p.raw_quality[k] == Quality::good)
                    ++run;
                else if (k + 1 > re || p.raw_quality[k + 1] != Quality::good)
                    break;
            }
            return run;
        };
        const std::size_t apart = 3;     // lines between two prints of one title block (a kicker, a date)
        const std::size_t least_run = 3; // paragraphs of an article's opening
        for (std::size_t k = std::max(h + apart, rs); k <= re; ++k)
            if (blocks[k].text == blocks[h].text) {
                std::size_t run = run_under(k);
                if (run >= least_run && run > run_under(h))
                    headline = k;
                break;
            }
    }
    // "Neue Fähre soll Pendler" / "über den Fluss bringen": a title broken over two lines is one headline when the
    // half chosen is its second, opening in small letters; the line holding its first half is the headline's place
    // (its kicker stands over it). (A chosen title over a line in small letters is not joined to it: "von flerche",
    // "zum Vergrößern anklicken" under a title are a byline and a picture's hint.)
    std::optional<std::size_t> second_half;
    if (headline && *headline > 0 && title_continued(p, *headline - 1))
        second_half = *headline, headline = *headline - 1;
    std::string& glued_date = p.glued_date;
    std::size_t body_from = rs;
    if (headline) {
        std::size_t h = *headline;
        const Block& b = blocks[h];
        HeadlineParts parts = headline_parts(p, h);
        // (The flag is kept as printed with the boilerplate, as a date glued before the title is.)
        if (const std::size_t flag = parts.headline == b.text ? update_flag_end(b.text) : 0; flag > 0) {
            glued_date = text::collapse(std::string_view(b.text).substr(0, flag));
            parts.headline = b.text.substr(flag);
        }
        a.headline = parts.headline;
        if (second_half && parts.headline == b.text)
            a.headline = b.text + " " + blocks[*second_half].text, p.role[*second_half] = Role::headline;
        if (parts.published && !a.published)
            a.published = parts.published;
        // "March 3, 2025 10:42 AM Council votes the budget": the date printed before the title is kept as
        // printed, like a date line (its parsed field does not hold it).
        if (parts.published && b.text.size() > parts.headline.size() && b.text.ends_with(parts.headline))
            glued_date = text::collapse(std::string_view(b.text).substr(0, b.text.size() - parts.headline.size()));
        if (parts.kicker) {
            a.kicker = parts.kicker;
        } else {
            // A short label right above the headline is its kicker ("Santé", "Free Future"), printed nowhere else
            // above it: "Vivienda" / headline / ... / "Archivado en" / "Vivienda" prints it again in the article's
            // tags below. (A name or a job printed again below is the author's, in a box; a figure is a price or a
            // count; the page's first line, printed again in its footer, is the site's name.)
            //
            // "Real Estate / Opinion / Sports / <blank> / Opinion / <headline>": the section's label printed in the
            // menu above as well is still the kicker when it opens a block of its own glued to the headline (a blank
            // line before it, none between it and the headline) and each copy above stands in a menu, among other
            // short lines of its block; the site's name on the page's first line is no kicker.
            auto plain_label = [&](std::size_t k) {
                return k > 0 && blocks[k].digits == 0 &&
                       (!names_line(blocks[k].text) || capitals_label_no_name(p, k)) && !job_title_line(blocks[k].text);
            };
            auto printed_only_below = [&](std::size_t k) {
                if (!plain_label(k))
                    return false;
                for (std::size_t j = 0; j < h; ++j)
                    if (j != k && blocks[j].text == blocks[k].text)
                        return false;
                return true;
            };
            auto menu_item = [&](std::size_t j) {
                auto short_line = [&](std::size_t n) { return blocks[n].words <= 3 && !blocks[n].end_punct; };
                return (j > 0 && !blocks[j].blank_before && short_line(j - 1)) ||
                       (!blocks[j].blank_after && short_line(j + 1));
            };
            // "Nacional" / <blank> / "Conagua declara emergencia ..." / <blank> / "La dependencia ...": on a page that
            // sets its lines apart (a blank line under the headline too), the label alone between blank lines is
            // glued to the headline as such a page can print it, unless the line above it is short too, as the items
            // of a menu laid out one a block are (its last item is no kicker). The last item of a menu printed as one
            // block of short lines ("Inicio / Nacional / Estados / Deportes" / <blank> / "Nacional" / <blank> /
            // <headline>, "Accueil / Économie / Sport" / <blank> / "Économie" / ...) does not part them: the label
            // is a block of its own, as the menu is.
            auto set_apart_label = [&](std::size_t k) {
                return k > 0 && k + 1 == h && blocks[k].blank_before && blocks[h].blank_after &&
                       !(blocks[k - 1].words <= 3 && !blocks[k - 1].end_punct && blocks[k - 1].blank_before);
            };
            // ("Sport / Football / Super League / ... / Super League / <headline>", "Sport / Champions League / ... /
            // Champions League / <headline>": a label shaped as a person's name that the menu above prints as one of
            // its entries names the menu's topic, a league, a team, no author.)
            auto printed_in_menu_above = [&](std::size_t k) {
                const bool name_shaped = !plain_label(k);
                if ((name_shaped && (k == 0 || blocks[k].digits > 0 || job_title_line(blocks[k].text))) ||
                    (blocks[k].blank_after && !set_apart_label(k)))
                    return false;
                bool in_menu = false;
                for (std::size_t j = 0; j < k; ++j)
                    if (blocks[j].text == blocks[k].text) {
                        if (j == 0 || !menu_item(j))
                            return false;
                        in_menu = true;
                    }
                return in_menu || !name_shaped;
            };
            // "Startseite › Tests › Haushalt / Test / <headline>", "Idées › Tribunes / TRIBUNE / <headline>": the
            // label may follow the page's breadcrumb with no blank line, as it follows one (a line of short pieces
            // between separators, no sentence; a dash parts the entries of menus too: "Finanzen – Downloads").
            // (A label in capitals names the round or the league by its figure, and its breadcrumb may too:
            // "Accueil > Handball > Ligue 1 / HANDBALL - LIGUE 1 (5e JOURNÉE)".) The breadcrumb may have lost its
            // separators in the copy: "Accueil Faits divers Saint-Aubin-des-Prés / Faits divers / <headline>"
            // (unseparated_crumb()).
            auto opens_block = [&](std::size_t k, bool figures = false) {
                if (blocks[k].blank_before)
                    return true;
                const Block& above = blocks[k - 1];
                if (unseparated_crumb(p, k - 1, blocks[k].text))
                    return true;
                // "Region Schweiz Welt Sport Meinung" / "Kommentar" / <headline>, "Actualité Région Sports Dossiers" /
                // "Dossier" / <headline>: the page's menu copied as one line without separators ends the furniture
                // above the label, as a breadcrumb does; the label one of its entries or none.
                if (unseparated_menu(p, k - 1))
                    return true;
                // "Accueil / Actualités / Travaux / <headline>" / "Travaux" / <headline>, "Home / News / Roads /
                // <headline>" / "Roads" / <headline>: a breadcrumb laid out one crumb a line closes on the headline's
                // own text (a short crumb over that copy), and ends the furniture above the label. ("Accueil /
                // Bretagne / Morlaix / Le pont de Kerhallet fermé / Faits divers / Morlaix. Le pont de Kerhallet
                // fermé": the copy may print the title without the place that opens the headline, placed_copy().)
                if (k + 1 == h && k >= 2 && (above.text == blocks[h].text || placed_copy(blocks[h].text, above.text)) &&
                    blocks[k - 2].words <= 3 && !blocks[k - 2].end_punct)
                    return true;
                // "Your Privacy Choices: We use cookies. Manage preferences | Accept all" / "Politics" / <headline>:
                // the label may follow the page's cookie or consent notice with no blank line, as it follows a
                // breadcrumb. So may it follow a newsletter's or a subscription's prompt, the page's furniture too:
                // "Sign up for our newsletter" / "POLITICS" / <headline>, "Jetzt den Newsletter abonnieren" /
                // "POLITIK" / <headline>.
                if (is_consent_or_promo_notice(above, true))
                    return true;
                // "Cookies erlauben?" / "Alle akzeptieren" / "Fußball-Bundesliga" / <headline>, "This website uses
                // cookies. Read our cookie policy." / "Got it" / "Crime" / <headline>: the banner's button (a short
                // line with no figure) under its line naming cookies (consent_banner_button()) ends it as well.
                if (consent_banner_button(blocks, k - 1))
                    return true;
                // "<lead picture's caption>. Bild: Jane Roe" / "Fährbetrieb" / <headline>, "<caption>. Photo: Jane Roe"
                // / "Abo+" / "Mobilité" / <headline>: the lead picture printed over the head (its caption or credit
                // read as such), a subscribers' badge of a word perhaps between, ends the furniture above the label as
                // a blank line does.
                static const LexiconSection* badges =
                    common_lexicon().section("subscriber_badge_words"); // (looked up once)
                const bool badge = above.words == 1 && k >= 2 &&
                                   (above.text.ends_with('+') || (badges != nullptr && badges->has(above.lower)));
                // "<blank> / Abo / Streit um Hardbrücke / <headline>", "<blank> / Abonnés / Fête de la Musique /
                // <headline>": the badge opening the head's block of its own ends the furniture above the label too.
                if (badge && above.blank_before)
                    return true;
                // "Politik / Sport / SPIEGEL+ / Abonnement / Anmelden / Streit um Schuldenbremse / <headline>",
                // "Sport / Abo / Stadtrat Zürich / <headline>", "World / Subscribe / Sign in / Housing / <headline>":
                // a menu closes on its account or subscription button (account_button()), which names no section:
                // the label under it opens the head's block.
                if (account_button(above))
                    return true;
                // "EN DIRECT" / "Politique" / <headline>: a status flag (status_flag()) opening the head ends the
                // furniture above the label under it, as a blank line does.
                if (status_flag(above))
                    return true;
                if (capitals_under_menu(p, k))
                    return true;
                // "Druckansicht" / "<paper>" / "https://www.paper.example/region/..." / "Region Ulm" / <headline>: a
                // print view's copy of the page's address, a link alone on its line, ends the furniture above the
                // label as a blank line does.
                if (above.urls > 0 && above.words == 1)
                    return true;
                const std::size_t picture = badge ? k - 2 : k - 1;
                if (p.role[picture] == Role::caption || p.role[picture] == Role::credit)
                    return true;
                // "Advertisement" / "Cornwall" / <headline>, "Anzeige" / "Bayern" / <headline>: the label of an
                // advertisement's slot (lexicon section ad_labels) ends the furniture over the block, as a blank
                // line does. (Compared lower-cased: "ADVERTISEMENT" is the same label.) Under a menu's item
                // ("Impressum" / "Werbung" / "Journelles" / <headline>) the word is the menu's last entry, a link to
                // the site's advertisers' page, and the line under it may be the site's name.
                static const LexiconSection& ad_labels = any_language_section("ad_labels"); // (merged once)
                if (above.words <= 2 && k >= 2 && ad_labels.has(text::trim(above.lower))) {
                    const Block& over = blocks[k - 2];
                    const bool closes_menu = !above.blank_before && over.words <= 2 && !over.end_punct &&
                                           over.separators == 0 && over.digits == 0;
                    if (!closes_menu)
                        return true;
                }
                // "Édition / Metz / Nancy / Faits divers - Justice / Thionville / <headline>": a rubric and its
                // subrubric parted by a dash (dashed_rubric()) end the breadcrumb over the label glued to the
                // headline. (Under another such line, or over a label set apart from the headline, it is an entry of a
                // menu: "Alltag – Downloads / Finanzen – Downloads / Hilfe / <blank> / <headline>".)
                if (dashed_rubric(above) && !blocks[k].blank_after && !(k >= 2 && dashed_rubric(blocks[k - 2])))
                    return true;
                // ("Accueil›Sport›Football" / "Super League" / <headline>: a breadcrumb whose spaces the copy lost,
                // its pieces glued to the marks.)
                const std::size_t glue_at = std::min(above.text.find("\u203a"), above.text.find("\u00bb"));
                const bool glued_crumb = above.words == 1 && glue_at > 0 && glue_at != std::string::npos &&
                                         glue_at + 2 < above.text.size() && !above.text.ends_with("\u203a") &&
                                         !above.text.ends_with("\u00bb");
                if ((above.separators == 0 && !glued_crumb) || above.end_punct || (above.digits > 0 && !figures) ||
                    above.words > 12)
                    return false;
                for (std::string_view mark : {"›", "»", ">", "|", "/"})
                    if (above.text.find(mark) != std::string::npos)
                        return true;
                return false;
            };
            // "<blank> / Science / Environment / <headline>": two labels stacked over the headline, the upper one
            // opening the block (a section and its subsection): the nearer is the kicker, the upper one stays with
            // the page's boilerplate. (The upper one stands alone or in a menu above, as a kicker does; the page's
            // first line printed again is the site's name; the nearer one names no person, one capital
            // at most: "Obituary" / "Jane Roe obituary" is the headline under its label. A label of several words
            // under two of a menu's one-word entries, "Kultur / Wissen / Europäische Union", "Sport / Culture /
            // European Union", stands out of the menu's shape: it may hold more capitals, as a German noun does.)
            auto stacked_label = [&](std::size_t k) {
                // (Printed nowhere else, such a label is no author's name in a box either: "Stadtrat Zürich". A
                // badge in capitals, "EN DIRECT", "LIVE TICKER", flags the coverage, not its topic.)
                const bool outgrown =
                    outgrows_menu(blocks, k) && blocks[k].repeats == 0 && !capitals_label(blocks[k]);
                // ("Haushalt 2027 / Haushaltsstreit in der Koalition / <headline>": a topic's phrase of four or five
                // words, topic_phrase(), names no person, whatever its capitals.)
                const bool topic = topic_phrase(blocks[k]);
                // ("<cookie notice> / I Accept / News / Local News / <headline>": the lower of two crumbs under a
                // cookie banner's buttons, crumbs_under_banner(), closed by a desk's word (lexicon section
                // menu_section_names), names a section, no person, whatever its capitals.)
                static const LexiconSection& desks = any_language_section("menu_section_names"); // (merged once)
                const bool desk_crumb = blocks[k].words >= 2 && crumbs_under_banner(blocks, k) &&
                                        desks.has(text::split_ws(blocks[k].lower).back());
                if (k == 0 || blocks[k].blank_before || p.role[k - 1] != Role::none ||
                    !(plain_label(k) || desk_crumb || (outgrown && !job_title_line(blocks[k].text))) ||
                    (blocks[k].upper_initial > 1 && !outgrown && !topic && !desk_crumb &&
                     !capitals_label_no_name(p, k)))
                    return false;
                // (Nor is the upper one the page's first line, or the next of a menu laid out one item a block.)
                if (k < 2 || (blocks[k - 2].blank_before && blocks[k - 2].blank_after && blocks[k - 2].words <= 3 &&
                              !blocks[k - 2].end_punct))
                    return false;
                const Block& above = blocks[k - 1];
                // "Aceptar / Configurar / Valencia / Vivienda / <headline>", "<cookie notice> / Cultura / Obituário /
                // <headline>": on a page without any blank line (a scraper's text), the upper one opens the block
                // under a button or a menu's item (a short line without a stop) or under the page's furniture.
                auto opens_unspaced = [&] {
                    const Block& over = blocks[k - 2];
                    if (!(over.boilerplate || (over.words <= 3 && !over.end_punct) ||
                          is_consent_or_promo_notice(over, false)))
                        return false;
                    if (menus_tool_item(blocks, k))
                        return false;
                    // (The page's first line is set apart from its start: the lines under it are asked.)
                    return std::none_of(blocks.begin() + 1, blocks.end(), [](const Block& x) { return x.blank_before; });
                };
                return (above.blank_before || opens_unspaced()) && above.words <= 3 && !above.end_punct &&
                       heading_like(above) &&
                       !above.boilerplate &&
                       (above.repeats == 0 || printed_only_below(k - 1) || printed_in_menu_above(k - 1));
            };
            // ("Home" / <headline>, "Startseite" / <headline>: the link to the site's home page, lexicon section
            // home_labels, names no section. "Der Talbote" / <headline>, "La Gazette" / <headline>: the page's first
            // line opened by an article is the paper's name, its masthead; so is "Corriere della Sera" / <headline> /
            // "5-6 minuti", a reader view's first line, capitalised words holding a paper's noun (outlet_masthead()).
            // "Harbour Post" / "Follow" / <headline>: an aggregator's button to follow the provider named over it,
            // follow_button(), names none either.)
            static const LexiconSection& home_labels = any_language_section("home_labels");
            static const LexiconSection& articles = any_language_section("articles");
            // ("Vallonnais" / <headline> / ... / "© Vallonnais 2026", "Talspiegel" / <headline> / ... / "Quelle:
            // https://www.talspiegel.de/...": the page's first line naming the site its copyright or its address
            // names, names_own_site(), is its masthead too; "Analyse" over the same page stays the kicker.)
            const auto site_name = [&] {
                const Block& first = blocks[0];
                const int most_name_words = 6; // ("La Voix du Val Vert": names_own_site() reads its words)
                return first.words <= most_name_words && first.digits == 0 && !first.end_punct && first.urls == 0 &&
                       names_own_site(first.text, own_names_of(p));
            };
            // ("Lagunare" / "<title> | Lagunare": the title's last piece printing the first line again names the
            // site too.)
            const auto site_suffix = [&] {
                const auto suffix = title_suffix(blocks[1].text);
                return suffix && text::collapse(suffix->site) == text::collapse(blocks[0].text);
            };
            const bool masthead =
                h == 1 && ((blocks[0].words >= 2 && articles.has(text::first_token(blocks[0].lower))) ||
                           outlet_masthead(blocks[0]) || site_name() || site_suffix());
            // (A gallery's label over a gallery's title, gallery_label_over_gallery(), is one though its words read
            // as boilerplate.)
            const bool gallery_label = h > 0 && blocks[h - 1].boilerplate && gallery_label_over_gallery(p, h);
            // (A status flag, a wire's slug or a subscribers' badge right over the headline is none of these labels:
            // it stays with the boilerplate; so does a gallery's label over an article's title, its button.)
            if (h > 0 && (status_flag(blocks[h - 1]) || wire_slug(blocks[h - 1]) || badge_over_head(blocks[h - 1]) ||
                          (gallery_label_word(blocks[h - 1]) && !gallery_label_over_gallery(p, h))))
                ;
            else if (h > 0 && p.role[h - 1] == Role::none &&
                (blocks[h - 1].words <= 3 || topic_phrase(blocks[h - 1]) || topic_label_line(blocks[h - 1])) &&
                !masthead &&
                (heading_like(blocks[h - 1]) || gallery_label) && !blocks[h - 1].end_punct &&
                !home_labels.has(blocks[h - 1].lower) &&
                (blocks[h - 1].repeats == 0 || printed_only_below(h - 1) || printed_in_menu_above(h - 1)) &&
                // ("La Voix du Val Vert / Le dossier : la réforme des retraites / <headline>": a topic the paper
                // opens, its label's words before the colon, topic_label_line(), is the kicker right under the
                // masthead too, where no blank line or menu sets it apart.)
                (opens_block(h - 1) || stacked_label(h - 1) || topic_label_line(blocks[h - 1])) &&
                (!blocks[h - 1].boilerplate || gallery_label) &&
                !account_button(blocks[h - 1]) && !follow_button(blocks[h - 1].text) &&
                !menus_last_section(blocks, h - 1) && !menu_item_over_ad(blocks, h - 1) &&
                !menus_action_link(blocks, h - 1) && !consent_button_line(blocks, h - 1) &&
                // ("Menu / <blank> / Harbour Post / <blank> / <headline> / ... / Harbour Post · About · Contact": the
                // name the copyright, the address or the footer gives the site, names_own_site(), is its masthead
                // wherever it stands over the headline.)
                !names_own_site(blocks[h - 1].text, own_names_of(p)))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // (A kicker of four to seven words over a title and its signed standfirst, kicker_over_signed_head().)
            // (Not the page's first line naming the paper, "The Harbour Valley Gazette" / <headline>, "Der Bote vom
            // Seetal" / <headline>: its masthead; "Le bac d'hiver vers les îles", a topic opened by an article, is
            // still a kicker.)
            else if (!(h == 1 && (outlet_masthead(blocks[0]) || site_name() || site_suffix())) &&
                     kicker_over_signed_head(p, h))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // "Portada / Local / Deportes / Opinión / Opinión / <headline>", "Nieuws / Regio / Opinie / Opinie /
            // <headline>": a menu laid out one entry a line, its last entry printed again right under it (read as a
            // duplicate line) and right over the headline: the second print is the section's label, the kicker.
            else if (menu_entry_again(p, h))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // "Inicio Actualidad Deportes Opinión" / "Fútbol | Preferente" / <headline>: two labels joined by a
            // separator, printed once above, opening the block as a label does.
            else if (h > 0 && p.role[h - 1] == Role::none && joined_labels(p, h - 1) &&
                     blocks[h - 1].repeats == 0 && !blocks[h].blank_before && opens_block(h - 1))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // "RUGBY - PRO D2 (8e JOURNÉE)", "FUSSBALL – 2. BUNDESLIGA": a longer label in capitals right over a
            // headline that is not (the sport, the league and the round), glued to it, printed once above. ("CRISIS
            // EN EL GOBIERNO / <headline> / ... / Archivado en / Crisis en el Gobierno": the article's tags under it
            // may print the topic again.)
            else if (h > 0 && p.role[h - 1] == Role::none && capitals_label(blocks[h - 1]) && !blocks[h].blank_before &&
                     !capitals_label(blocks[h]) && (blocks[h - 1].repeats == 0 || printed_only_below(h - 1)) &&
                     opens_block(h - 1, true) && !blocks[h - 1].boilerplate &&
                     (!names_line(blocks[h - 1].text) || capitals_label_no_name(p, h - 1) ||
                      capitals_topic(blocks[h - 1])) &&
                     !job_title_line(blocks[h - 1].text))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // "Super League: Basel – Bern 1:3", "Ligue 1 : Lyon – Nantes 2:1": the match's result line (result_line())
            // glued right over the report's headline, printed once above, is its kicker, as the league's label is.
            else if (h > 0 && p.role[h - 1] == Role::none && !blocks[h].blank_before && blocks[h - 1].repeats == 0 &&
                     !blocks[h - 1].boilerplate && result_line(blocks[h - 1].text) && !result_line(blocks[h].text))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // "Nach Angriff auf Umspannwerk: / Bundesanwaltschaft übernimmt Ermittlungen", "Politik Inland / Rente mit
            // 70? / Arbeitsministerin will länger arbeiten lassen": a lead-in closed by a colon or a short question
            // (lead_in_label()) glued right over the headline, printed once above, is its kicker, whatever stands
            // over it. (A headline that is a question itself is no answer under one.)
            else if (h > 0 && p.role[h - 1] == Role::none && !blocks[h].blank_before && blocks[h - 1].repeats == 0 &&
                     lead_in_label(blocks[h - 1]) && !blocks[h].text.ends_with('?') && !blocks[h].text.ends_with(':') &&
                     !names_line(blocks[h - 1].text))
                p.role[h - 1] = Role::kicker, a.kicker = blocks[h - 1].text;
            // "VIVIENDA / Actualizado 03 dic 2026 - 18:40 / <headline>": a label in capitals over the date line glued
            // to the headline, capitals_label_over_date().
            else if (capitals_label_over_date(p, h))
                p.role[h - 2] = Role::kicker, a.kicker = blocks[h - 2].text;
            // "Bilder: Sturmflut trifft die Nordseeküste", "En images : la tempête frappe la Bretagne": with no
            // label above, a gallery's flag before the title's colon is its kicker; the headline keeps it, as
            // printed in the page's title.
            if (!a.kicker)
                if (const std::string_view flag = gallery_flag(*a.headline); !flag.empty())
                    a.kicker = std::string(flag);
        }
        // "Guerre en Ukraine" / "Guerre en Ukraine" / <headline>: a kicker printed twice was read as a caption printed
        // twice with no credit (collect_media()); the first print is the kicker's copy, no picture.
        for (std::size_t k = h; k-- > 1 && h - k <= 2;)
            if (p.role[k] == Role::kicker && p.role[k - 1] == Role::caption && p.soft_caption[k - 1] &&
                blocks[k - 1].text == blocks[k].text) {
                const auto m = std::find_if(a.media.begin(), a.media.end(),
                                            [&](const Media& x) { return !x.credit && x.caption == blocks[k].text; });
                if (m != a.media.end()) {
                    a.media.erase(m);
                    p.role[k - 1] = Role::boilerplate;
                }
            }
        // A headline printed twice or over the lead picture's credit, not a caption: the credit stays alone.
        if (p.soft_caption[h]) {
            auto m = std::find_if(a.media.begin(), a.media.end(), [&](const Media& x) { return x.caption == b.text; });
            if (m != a.media.end() && m->credit)
                m->caption.reset();
            else if (m != a.media.end())
                a.media.erase(m);
        }
        p.role[h] = Role::headline;
        body_from = std::max(rs, second_half && p.role[*second_half] == Role::headline ? h + 2 : h + 1);
        // "Morlaix. Le pont de la Villeneuve fermé trois mois" / "Faits divers" / <the same title> / <standfirst>: the
        // title printed twice around its kicker, the copy opened by its place and a stop, reads as a sentence and
        // may open the region; a line of the region over the title repeating it, as it is or past a place
        // (repeats_title()), is its copy, never a paragraph of the text: it stays with the page's boilerplate. (Under
        // the title, such a line may be an entry's or a recipe card's heading: "Das Wichtigste" / <entry title> /
        // ... / <the same title> / <its entry>, which other rules read.)
        if (!second_half)
            for (std::size_t k = rs; k < h; ++k)
                if (p.role[k] == Role::none && !b.text.empty() && !blocks[k].text.empty() &&
                    blocks[k].text.back() == b.text.back() && repeats_title(blocks[k].text, b.text))
                    p.role[k] = Role::boilerplate;
    } else {
        a.warnings.push_back("no headline found");
    }

    // "Experts answer your questions. / Ask the experts / Sign in / Newsletters / ... / Headline / First paragraph": the
    // region may open on the text of a box over the site's menu; the article starts at its headline when a menu of
    // ten lines or more, none of them text, stands between that text and the headline.
    if (headline && *headline > rs) {
        const std::size_t menu = 10;
        std::size_t gap = 0;
        for (std::size_t k = *headline; k-- > rs && p.quality[k] != Quality::good;)
            ++gap;
        if (gap >= menu && gap < *headline - rs)
            rs = *headline + 1;
    }

    // "Alles vorbei! / Hunderttausende Paare trennen sich zur Zeit. / An der Costa Brava...": short sentences between
    // the headline and the region open the article; only their length kept them out of the region. Under a line
    // that is none ("Posted: 05.01.2024 | Author: jdoe | Filed under: Harbour"), the sentences right above the
    // region still do.
    if (headline && *headline + 1 < rs) {
        std::size_t from = rs;
        for (std::size_t k = rs; k-- > *headline + 1;) {
            if (p.role[k] != Role::none)
                continue;
            const Block& b = blocks[k];
            if (!b.end_punct || b.words < 4 || b.boilerplate || is_promo_notice(b) || origin_note(b) ||
                (p.raw_quality[k] == Quality::bad && !short_sentence(b, language)))
                break;
            from = k;
        }
        rs = from;
    }
    // "Harbour crane returns / Forty years on the quay and still lifting / <first paragraph>": a title line
    // right under the headline and right over the region is the article's subtitle; a line of a few words and no
    // full stop, so its length kept it out of the region. "Old crane returns, Wendle quay, photo via" repeats the
    // headline's words under it: the label of its picture.
    if (headline && *headline + 2 == rs && p.role[rs - 1] == Role::none) {
        const Block& b = blocks[rs - 1];
        const auto& title = blocks[*headline].lower_words();
        auto repeated = std::count_if(b.lower_words().begin(), b.lower_words().end(), [&](std::string_view w) {
            return std::find(title.begin(), title.end(), w) != title.end();
        });
        if (!b.end_punct && b.words >= 5 && b.words <= 20 && !b.boilerplate && headline_like(b) &&
            p.raw_quality[rs - 1] != Quality::bad && static_cast<std::size_t>(repeated) * 2 < b.lower_words().size()) {
            --rs;
            // (The bad headline over it may have rated it bad in context.)
            p.quality[rs] = Quality::good;
        }
    }

    // "<headline> / <date> / Gembloux : un nouveau parking ... / <text> / Ciney : ... / <text> / Couvin : ... /
    // <text>": a page of short items (first_of_labelled_items()) opens the region on its first item's title under the
    // head's lines, though its short texts weigh little.
    if (headline && *headline + 1 < rs) {
        std::size_t k = *headline + 1;
        while (k < rs && (p.role[k] == Role::date || p.role[k] == Role::byline))
            ++k;
        if (k < rs && p.role[k] == Role::none && first_of_labelled_items(p, k))
            rs = k;
    }
    // "<title> / Season tickets will cost up to £400 more a year / The operator says ... since 2019 / By Jane Roe /
    // <text>": the points of a summary list printed without bullets under the title (unlabelled_summary_point()) are
    // no standfirst (a lede is one) and no text of the body, which opens under the byline: they stay with the page's
    // boilerplate, as the items of a labelled box of key points do.
    if (headline) {
        std::size_t k = *headline + 1;
        while (k <= re && unlabelled_summary_point(p, k) == headline)
            ++k;
        for (std::size_t j = *headline + 1; j < k; ++j)
            p.role[j] = Role::boilerplate;
        if (k > *headline + 1)
            rs = std::max(rs, k);
    }
    if (headline)
        mark_desk_signatures(p, *headline, re);
    // "ROMA - Il governo ...", "München – Florian Aigner ...", "Hannover. Der Landtag ...": a paragraph opened by a
    // dateline.
    const auto opens_with_dateline = [&](std::string_view text) {
        const auto tag = dateline_tag(text);
        return (tag && !tag->place.empty()) || small_place_dash(text, language).has_value() ||
               small_place_stop(text, language).has_value();
    };
    // Lede: the first text after the headline, when something other than body text follows it.
    std::size_t i = headline ? *headline + 1 : body_from;
    while (i <= re && p.role[i] != Role::none)
        ++i;
    // "Ukraine-Krieg im Liveticker / +++ 14:32 Kowalenko: Gespräche in Genf +++ / Aktualisiert: 05.12.2026, 14:32 Uhr /
    // <standfirst>": a live ticker's banner of its latest entry (ticker_banner()) under the headline is no standfirst;
    // it stays with the boilerplate, and the standfirst is sought under it (past the date line).
    if (headline && i < re && ticker_banner(blocks[i].text)) {
        p.role[i] = Role::boilerplate;
        ++i;
        while (i <= re && p.role[i] != Role::none)
            ++i;
    }
    // "<headline> / Sujet dans 'Potager' lancé par X, 14 août 2026. / <first post>": a forum thread's meta line
    // (thread_meta_line()) under the headline is no standfirst; it stays with the boilerplate.
    if (headline && i < re && thread_meta_line(blocks[i])) {
        p.role[i] = Role::boilerplate;
        ++i;
        while (i <= re && p.role[i] != Role::none)
            ++i;
    }
    // "<headline> / Anna Kowalska / <standfirst>": the author's name alone on its line, with no byline word (read as
    // a byline only later, by the lines around it), stands between the headline and the standfirst.
    if (headline && i < re && bare_names_over_text(blocks[i])) {
        ++i;
        while (i <= re && p.role[i] != Role::none)
            ++i;
    }
    // "<headline> / Écouter cet article · 4 min / <chapeau>", "<headline> / Listen to this article · 9 min /
    // <standfirst>": a reading aid (a read-aloud player's button, a reading time) between the headline and the
    // standfirst is no standfirst; it stays with the boilerplate, and the standfirst is sought under it.
    // ("<headline> / Par X / Publié le … / Écouter cet article / 00:00/05:12 / <chapeau>": the button, then its
    // readout, each an aid.)
    while (headline && i < re && reading_aid(blocks[i])) {
        p.role[i] = Role::boilerplate;
        ++i;
        while (i <= re && p.role[i] != Role::none)
            ++i;
    }
    // (A lede found by one of the two rules below is not sought again under the headline.)
    bool head_lede = false;
    // "<headline> / - El plan prevé 400 millones de euros hasta 2030. / - Las comunidades de regantes tendrán un año
    // para adaptarse. / MADRID, 6 (EUROPA PRESS) / <text>", "<titolo> / • La strada resterà chiusa ... / • Nessun
    // ferito, evacuate due case. / ROMA, 6 dicembre (ANSA) / <testo>": a wire's standfirst of bulleted points right
    // under the title, over its dateline alone on its line (bulleted_standfirst()), is the lede, its points printed
    // as one, their marks kept; the dateline stays the text's.
    if (headline)
        if (const std::size_t dateline = bulleted_standfirst(p, *headline + 1, re); dateline > 0) {
            std::string points;
            for (std::size_t k = *headline + 1; k < dateline; ++k) {
                p.role[k] = Role::lede;
                points += points.empty() ? "" : " ";
                points += blocks[k].text;
            }
            a.lede = std::move(points);
            head_lede = true;
        }
    // "# <title>" / "> ## Excerpt" / "> <standfirst>" / "---" / <text>, read as "<headline> / Excerpt / <standfirst> /
    // --- / <text>": a clipper's export prints the page's standfirst under its label (standfirst_label(): "Excerpt",
    // kept in English by a German or French export, "Extrait", "Auszug" where the clipper translates it) right under
    // the title. The line under the label is the lede whatever follows it (a sentence or two, no label or list's
    // item); the label stays with the boilerplate.
    // (The label may be left to the boilerplate already.)
    const std::size_t label = headline ? *headline + 1 : 0;
    if (!head_lede && headline && label < re && (p.role[label] == Role::none || p.role[label] == Role::boilerplate) &&
        p.role[label + 1] == Role::none && standfirst_label(blocks[label])) {
        const int least_words = 4;
        const Block& under = blocks[label + 1];
        if (under.words >= least_words && under.end_punct && under.urls == 0 && bullet_mark(under.text).empty()) {
            p.role[label] = Role::boilerplate;
            p.role[label + 1] = Role::lede;
            a.lede = under.text;
            head_lede = true;
        }
    }
    // "<headline> / Update: the tunnel reopens at five tomorrow morning. / <standfirst>", "<titre> / Mise à jour :
    // l'incendie est éteint. / <chapeau>": a note on a change to the article (update_note()) between the headline and
    // the standfirst is no standfirst; it stays with the text, and the standfirst is sought under it.
    if (headline && i < re && update_note(blocks[i].text)) {
        ++i;
        while (i <= re && p.role[i] != Role::none)
            ++i;
    }
    // "<headline> / Translated from the German by Mark Ellison. / <text>", "<titre> / Traduit de l'anglais par ... /
    // <texte>": a note on the text's origin or translator (origin_note(), lexicon section origin_notes) right under
    // the headline is no standfirst: it goes to the boilerplate, and the standfirst is sought under it.
    if (headline && i < re && p.role[i] == Role::none && origin_note(blocks[i])) {
        p.role[i] = Role::boilerplate;
        ++i;
        while (i <= re && p.role[i] != Role::none)
            ++i;
    }
    // "<headline> / Now Playing / 02:31 / Play Video / 0:00 / 2:31 / <description> / <date>": a video's page, the
    // player's lines between its title and its description (past_video_player()), which is the standfirst.
    if (headline && i < re)
        i = past_video_player(p, i, re, blocks[*headline].text);
    // "<headline> / vor 5 Minuten / <entry> / Teilen / vor 30 Minuten / ...": a live blog with no standfirst opens on
    // its first entry under its stamp (the stamp read as a relative date), which is no lede.
    // "<headline> / 作者：X / <date> / 阅读 3万 / 分享 / 摘要：多家厂商在年底发布新机… / <text>": a CJK standfirst under
    // its label (cjk_labelled_lede()) is the lede, the label left to the page's lines; buttons (short lines without a
    // stop) may stand over it.
    std::optional<std::string_view> labelled;
    for (std::size_t k = i, reach = i + 4; headline && !head_lede && k <= re && k <= reach; ++k) {
        if (p.role[k] != Role::none)
            continue;
        if ((labelled = cjk_labelled_lede(blocks[k].text))) {
            p.role[k] = Role::lede;
            a.lede = std::string(*labelled);
            break;
        }
        if (blocks[k].end_punct || blocks[k].words > 3)
            break;
    }
    const bool short_head = headline && i <= re && short_standfirst(p, *headline, i, rs);
    const bool one_sentence = headline && i <= re && sentence_standfirst(p, *headline, i);
    // (A gallery's page may close its region on the headline, its captions no text: its standfirst is sought under
    // the headline all the same.)
    const bool gallery_deck =
        headline && i == *headline + 1 && i < blocks.size() && gallery_standfirst(p, *headline, i);
    const bool deck = gallery_deck ||
                      (headline && i <= re &&
                       (dated_deck(p, *headline, i, re) || deck_over_picture(p, *headline, i, re) ||
                        bare_standfirst(p, *headline, i, re)));
    if (!labelled && !head_lede && headline && (i <= re || gallery_deck) &&
        (blocks[i].words >= 8 || one_sentence || deck) &&
        (p.quality[i] == Quality::good || p.raw_quality[i] == Quality::near_good ||
         terse_standfirst(p, *headline, i) || short_head || one_sentence || deck) &&
        !(i > *headline + 1 && live_entry_title(p, i))) {
        std::size_t next = i + 1;
        // "<lede> / Compartir esta noticia / E. Roe / J. Doe": a share button between the lede and its byline;
        // "<lede> / Lectura: 3 min / Por Ana Ruiz", "<sommario> / Tempo di lettura: 4 minuti / di Anna Bianchi": the
        // reading time (reading_aid()), a boilerplate line already or not.
        // "<chapeau> / Sujet radio / Écouter / <programme> / 1 min. / ...": an audio player's lines
        // (past_audio_player()) likewise.
        for (std::size_t past = next; next <= re; next = past) {
            if ((p.role[next] == Role::none && share_button(blocks[next])) ||
                ((p.role[next] == Role::none || p.role[next] == Role::boilerplate) && blocks[next].digits > 0 &&
                 reading_aid(blocks[next])))
                past = next + 1;
            else
                past = past_audio_player(p, next, re);
            if (past == next)
                break;
        }
        bool interrupted = short_head || deck ||
                           (next <= re && p.role[next] != Role::none && p.role[next] != Role::paragraph &&
                            !running_head(p, next));
        // "<standfirst> / Teilen / 14:20 Uhr / <first entry's title>": a live blog's first entry under its time stamp
        // (the stamp of a run of them, live_entry_title()), perhaps under the buttons printed under every entry (a
        // few words the page repeats, no sentence).
        if (!interrupted) {
            const int most_button_words = 3;
            const std::size_t most_buttons = 2;
            std::size_t j = next;
            while (j <= re && j < next + most_buttons && p.role[j] == Role::none && blocks[j].repeats > 0 &&
                   blocks[j].words <= most_button_words && !blocks[j].end_punct)
                ++j;
            interrupted = j + 1 <= re && p.role[j] == Role::none && live_entry_title(p, j + 1);
        }
        // "<lede> / Redacción / Santander / 24/05/2026 19:45 h": a newsroom's signature or a place, a short line of a
        // word or two each, over the byline or the date line.
        if (!interrupted && next <= re && p.role[next] == Role::none) {
            const int most_words = 2;
            const std::size_t most_lines = 2;
            std::size_t j = next;
            // "<chapeau> / Marie-Ève Tremblay / La Presse Canadienne / 3 décembre 2026", "<standfirst> / Jane Roe /
            // AFP / 3 Dec 2026": the agency's line under the author's name, read as the text's tag already (the
            // agency's name over the date line), signs the text as the desk's word does, however many its words.
            // "<chapeau> / par Libération / publié le 20 mars 2025", "<Lead> / von Hafenblatt / 3. Mai 2025": a desk's
            // byline in small letters, the byline's word before the outlet's name (desk_byline()), likewise.
            while (j <= re && j < next + most_lines &&
                   (p.role[j] == Role::source_tag ||
                    (p.role[j] == Role::none && blocks[j].words <= most_words && blocks[j].digits == 0 &&
                     !blocks[j].end_punct && blocks[j].upper_initial == blocks[j].words) ||
                    (p.role[j] == Role::none && desk_byline(blocks[j], language))))
                ++j;
            interrupted = j > next && j <= re && (p.role[j] == Role::date || p.role[j] == Role::byline);
            // "<headline> / <standfirst> / SAN TELMO.- El intendente ...", "<headline> / <standfirst> / Agencias /
            // OSLO (AFP) - ...": the body's first paragraph opens with a dateline (which no standfirst does), right
            // under the line right under the headline or under the desk's signature.
            // (A picture's caption, "<headline> / <byline> / <caption> / <dateline>", stands under the byline; one
            // closed by its credit, "... in 2017. Photo: Harbour Club", is no standfirst.)
            // "<headline> / di Jane Roe / 3 dicembre 2026, 07:45 / <standfirst> / CHIAVENNA - La prima ...",
            // "<titre> / Publié le ... | Par Jeanne Morel / <chapeau> / Koudougou, 3 déc. (AIB) - ...": so too under
            // the byline and the date lines alone.
            interrupted = interrupted || ((i == *headline + 1 || under_head_lines(p, *headline, i)) && j <= re &&
                                          p.role[j] == Role::none && blocks[j].words >= 8 &&
                                          dateline_tag(blocks[j].text) && !dateline_tag(blocks[i].text) &&
                                          !split_trailing_credit(blocks[i]));
        }
        // "<standfirst> / Tomás Ibarra, en su taller en 2017. / Tomás Ibarra, en su taller en 2017. PEDRO GÁLVEZ /
        // <byline>", "<standfirst> / <caption>. Foto: Peter Gallwitz / <byline>": the lead picture's caption closed by
        // its credit (caption_closed_by_credit()), perhaps under its sentence printed alone, parts the standfirst
        // from the text as the picture does.
        interrupted =
            interrupted ||
            (next <= re && p.role[next] == Role::none &&
             (caption_closed_by_credit(blocks[next]) ||
              (next + 1 <= re && blocks[next].end_punct && blocks[next].words >= 4 &&
               printed_again_with_more(blocks[next].text, blocks[next + 1].text) &&
               caption_closed_by_credit(blocks[next + 1]))));
        // (A match's score box between the standfirst and its byline, past_score_box(), parts them no more.)
        interrupted = interrupted || (next <= re && past_score_box(p, next, re) != next);
        // "<standfirst> / Pieter Van Damme en Sofie Claes / wo 3 dec 2026 om 09.14", "<chapeau> / Jeanne Morel et
        // Paul Roux / mer. 3 déc. 2026": the authors' names alone over the date line (or the byline), read as the
        // byline only later by the lines around them, end the standfirst as the byline does.
        // (The date line first: reading a line's names costs more.)
        // "<linha fina> / Ana Beatriz Carvalho / Brasília / 5.dez.2026 às 14h32", "<Lead> / Anna Muster / Bern /
        // 3. Mai 2025": the place the author files from, a line of one word or two, may stand between the names and
        // the date line.
        // "<standfirst> / Jane Roe / Deputy political editor @janeroe / <date>", "<Lead> / Anna Muster /
        // Korrespondentin / <date>": so may the author's job title, a short line of a job title's word
        // (job_title_line()) with no stop (region51).
        const auto dated_under_names = [&] {
            std::size_t k = next + 1;
            const int most_place_words = 2, most_title_words = 6;
            if (k + 1 <= re && p.role[k] == Role::none && blocks[k].digits == 0 && !blocks[k].end_punct &&
                ((blocks[k].words <= most_place_words && blocks[k].upper_initial == blocks[k].words) ||
                 (blocks[k].words <= most_title_words && job_title_line(blocks[k].text))))
                ++k;
            return k <= re && (p.role[k] == Role::date || p.role[k] == Role::byline);
        };
        interrupted = interrupted || (next + 1 <= re && p.role[next] == Role::none && dated_under_names() &&
                                      bare_names_over_text(blocks[next]));
        interrupted = interrupted || (next + 1 <= re && titled_names_over_date(p, next) != 0);
        // "<linha fina> / Rui Tavares / Braga / <text>": so do the author's name and place over the text itself, the
        // date line printed over the headline (name_and_place_over_text()).
        interrupted = interrupted || name_and_place_over_text(p, next, re);
        // "<standfirst> / Hélène Roux / Économiste, professeure à l'université de Lyon / <date>": so do the writer's
        // name and bio over the date line (bio_over_date()).
        interrupted = interrupted || (next + 2 <= re && p.role[next] == Role::none && bio_over_date(p, next) &&
                                      bare_names_over_text(blocks[next]));
        // "<summary> / Weiden, 3. März 2025. Die Firma ...": a press release's dateline opens its text under the lede.
        interrupted = interrupted || (next <= re && p.role[next] == Role::none && blocks[next].digits > 0 &&
                                      press_dateline(blocks[next].text, language));
        // "Rewetting 41 bogs shows that water, not planting, brings the carbon back / Peer-Reviewed Publication /
        // Harbour University / Share / [Image: a ditch] / <the body>": a standfirst over labels and buttons only,
        // down to the body's first paragraph. Inside the region only a line that no stop closes: "<first
        // paragraph>. / Advertisement / <second paragraph>" is the body. (A teaser's summary, a menu's entry or a
        // prompt is no such line: printed again, a notice, or followed by other text.)
        // Among those labels the article's reading time ("<standfirst>. / Tweet / 3 min read / <body>") belongs to
        // the article's head, never to its body: the line over it is the standfirst, stop or not, region or not, even
        // printed again further down (as the page's summary of the article).
        // (The reading time is sought only where the line is no standfirst without it.)
        const bool plain = blocks[i].repeats == 0 && (i < rs || !blocks[i].end_punct);
        bool reading_time = false;
        interrupted = interrupted || (next <= re && p.role[next] == Role::none && !blocks[i].boilerplate &&
                                      blocks[i].urls == 0 && !p.terminator[i] &&
                                      labels_over_body(p, i, rs, plain ? nullptr : &reading_time) &&
                                      (plain || reading_time) && !reader_prompt(blocks[i]) &&
                                      !is_promo_notice(blocks[i]));
        // "<headline> / Barcelos - A Câmara aprovou ... / Por Ana Rita Fonseca / <date> / <text>", "<headline> / ROMA -
        // Il governo ... / di Jane Roe / <text>", "<Überschrift> / Hannover. Der Landtag ... / Von Anna Muster /
        // <text>": a line opening with a dateline is the text's first paragraph, printed over the byline, no
        // standfirst.
        const bool dated = opens_with_dateline(blocks[i].text);
        // "<headline> / Wegen Bauarbeiten fallen 200 Züge aus. / Das Wichtigste in Kürze / <items> / <picture> /
        // <text>", "<headline> / <standfirst> / Key points / <items>": the label of the article's box of key points
        // (summary_box_label()) under the line under the headline: the box belongs to the article's head, and the
        // line over it is the standfirst, with no byline or date line under it.
        const bool boxed = next <= re && (p.role[next] == Role::none || p.role[next] == Role::heading) &&
                           blocks[i].end_punct && summary_box_label(blocks[next]);
        interrupted = interrupted || boxed;
        if (interrupted && (p.role[next] != Role::heading || boxed) && !dated) {
            p.role[i] = Role::lede;
            a.lede = blocks[i].text;
        }
    }
    // "<headline> / Erstellt: ... / Von: Lukas Hierl / Kommentare / Teilen / <caption> / © Name/dpa / Der Minister hat
    // die Pläne scharf kritisiert. / München – Florian Aigner ist ...", "<titre> / Par ... / <légende> / Photo X /
    // Le ministre a vivement critiqué le projet. / RENNES – Le ministre ...": under the head's lines, its buttons
    // and the lead picture, a paragraph right over the body's first one, which opens with a dateline (as no
    // standfirst does), is the standfirst printed under the picture. (Buttons: lines of three words at most, no stop.)
    if (headline && !a.lede) {
        const std::size_t reach = 8;
        const int most_button_words = 3;
        std::size_t k = *headline + 1;
        while (k <= re && k <= *headline + reach &&
               (p.role[k] == Role::date || p.role[k] == Role::byline || p.role[k] == Role::caption ||
                p.role[k] == Role::credit || p.role[k] == Role::boilerplate || p.role[k] == Role::duplicate ||
                (p.role[k] == Role::none && blocks[k].words <= most_button_words && !blocks[k].end_punct)))
            ++k;
        // (The lead picture with its caption: a credit alone, "Foto: Anna Muster", may be printed over a picture set
        // in the text, and the line under it is the text's.)
        const bool pictured = k > *headline + 2 && (p.role[k - 1] == Role::caption ||
                                                    (p.role[k - 1] == Role::credit && p.role[k - 2] == Role::caption));
        if (pictured && k + 1 <= re && p.role[k] == Role::none && p.role[k + 1] == Role::none &&
            blocks[k].end_punct && blocks[k].words >= 8 && blocks[k + 1].words >= 8 &&
            opens_with_dateline(blocks[k + 1].text) && !opens_with_dateline(blocks[k].text) &&
            !split_trailing_credit(blocks[k])) {
            p.role[k] = Role::lede;
            a.lede = blocks[k].text;
        }
    }
    if (headline)
        rs = first_section_start(p, *headline, rs, re);
    return rs;
}

} // namespace archive

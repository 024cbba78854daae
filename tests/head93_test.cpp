// The head of the page (head93): a standfirst right under the title with no byline or date line under it is the
// lede when its shape parts it from the body; a site's one-word name over a reader view's title, named again by the
// page's copyright line or address, is its masthead, no kicker; a caption's label listed with its colon is read
// alone on its line and with a space before the colon. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"
#include "byline_bio.hpp"
#include "classify.hpp"
#include "headline_rows.hpp"
#include "own_name_credits.hpp"
#include "page.hpp"
#include "pipeline.hpp"

#include <optional>
#include <string>
#include <vector>

namespace head93 {

using archive::test::has_media;
using archive::test::in_body;


// A reader view: the first line, the title, the reading time, the text, then `foot`.
std::string reader(const char* first, const char* title, const char* minutes, const char* text, const char* foot) {
    return std::string(first) + "\n" + title + "\n" + minutes + "\n\n" + text + "\n\n" + foot + "\n";
}

const char* const fr_text =
    "La halle aux grains de Brévannes a rouvert ses portes samedi matin, après trois ans de travaux.\n\n"
    "Le maire, Gaspard Léautier, a coupé le ruban devant quelques centaines d'habitants. « Ce bâtiment appartient à "
    "tout le monde », a-t-il lancé.\n\n"
    "Le marché du samedi s'y installera dès la semaine prochaine, avec une quarantaine d'exposants.\n\n"
    "Les associations de quartier pourront réserver la salle haute gratuitement deux soirs par mois.";
const char* const fr_title = "À Brévannes, la halle aux grains rouvre après trois ans de chantier";

const char* const de_text =
    "Die neue Fußgängerbrücke über die Wern in Kesselbrück wird frühestens im Herbst 2027 fertig. Das teilte die "
    "Stadtverwaltung am Montag mit.\n\n"
    "Grund seien Probleme mit dem Baugrund am östlichen Ufer, sagte Baudezernentin Ilka Sommerfeld. Dort müssten "
    "zusätzliche Pfähle gesetzt werden.\n\n"
    "Die Mehrkosten schätzt die Stadt auf rund zwei Millionen Euro.\n\n"
    "Für Radfahrer bleibt die Umleitung über die Hafenstraße bestehen.";
const char* const de_title = "Neue Brücke über die Wern verzögert sich um ein Jahr";

const char* const it_text =
    "Il mercato coperto di piazza Orsini, a Brenzano, resterà chiuso per lavori da lunedì fino alla fine di marzo. "
    "Lo ha annunciato ieri il Comune.\n\n"
    "I banchi saranno spostati provvisoriamente nel cortile della vecchia scuola elementare.\n\n"
    "«Abbiamo scelto il periodo con meno turisti», ha spiegato l'assessore Giulio Mantegna.\n\n"
    "Il costo dei lavori è di circa un milione e mezzo di euro.";
const char* const it_title = "Brenzano, chiude per lavori il mercato coperto di piazza Orsini";


TEST_CASE("a reader view's first line naming the site its copyright or address names is no kicker",
          "[head93][kicker][reader_view]") {
    const archive::test::HeadRow rows[] = {
        {reader("Vallonnais", fr_title, "4-5 minutes", fr_text, "© Vallonnais 2026"), "", fr_title, ""},
        {reader("Talspiegel", de_title, "5-6 Minuten", de_text,
                "Quelle: https://www.talspiegel.de/kesselbrueck/neue-bruecke"),
         "", de_title, ""},
        // (The copyright's name opened by its article; the address's name without the accent.)
        {reader("Lagunare", it_title, "4-5 minuti", it_text, "Copyright © 2026 La Lagunare. Tutti i diritti riservati."),
         "", it_title, ""},
        {reader("Libérance", fr_title, "4-5 minutes", fr_text, "https://www.liberance.fr/societe/halle-aux-grains"), "",
         fr_title, ""},
        // Near misses: a topic's word over the same pages, the copyright naming another paper, stays the kicker.
        {reader("Analyse", de_title, "5-6 Minuten", de_text, "© Talspiegel 2026"), "Analyse", de_title, ""},
        {reader("Urbanisme", fr_title, "4-5 minutes", fr_text, "© Vallonnais 2026"), "Urbanisme", fr_title, ""},
        {reader("Cronaca", it_title, "4-5 minuti", it_text, "Copyright © 2026 La Lagunare."), "Cronaca", it_title, ""},
    };
    archive::test::check_heads(rows);
}

TEST_CASE("the site's name the page's address or copyright gives", "[head93][kicker][reader_view]") {
    const std::string page = reader("Vallonnais", fr_title, "4-5 minutes", fr_text,
                                    "© 2026 Le Vallonnais. Tous droits réservés.\nhttps://www.talspiegel.de/x");
    const std::vector<archive::Block> blocks = archive::segment(page);
    const archive::Page p{blocks, "fr", {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    const archive::OwnNames names = archive::own_names_of(p);
    for (const char* line : {"Vallonnais", "Talspiegel", "TALSPIEGEL"}) {
        INFO(line);
        CHECK(archive::names_own_site(line, names));
    }
    // (Another word, the name with more words, a figure, a stop, a line in small letters.)
    for (const char* line : {"Analyse", "Vallonnais Sport", "Vallonnais 2026", "Vallonnais.", "vallonnais", "Le"}) {
        INFO(line);
        CHECK_FALSE(archive::names_own_site(line, names));
    }
}


// A title, the line under it, then two paragraphs of the body (and a third).
std::string head_page(const char* title, const char* under, const char* body1, const char* body2,
                      const char* body3) {
    return std::string(title) + "\n" + under + "\n\n" + body1 + "\n\n" + body2 + "\n\n" + body3 + "\n";
}

const char* const fr_body1 = "La halle aux grains de Brévannes a rouvert ses portes samedi matin, après trois ans de "
                             "travaux et un budget qui a doublé en cours de route, au grand soulagement des "
                             "commerçants du centre-ville.";
const char* const fr_body2 = "Le maire, Gaspard Léautier, a coupé le ruban devant quelques centaines d'habitants venus "
                             "en famille. « Ce bâtiment appartient à tout le monde », a-t-il lancé sous les "
                             "applaudissements.";
const char* const fr_body3 = "Le marché du samedi s'y installera dès la semaine prochaine, avec une quarantaine "
                             "d'exposants venus de toute la vallée.";
const char* const de_body1 = "Die neue Fußgängerbrücke über die Wern in Kesselbrück wird frühestens im Herbst 2027 "
                             "fertig. Das teilte die Stadtverwaltung am Montag mit, nachdem ein Gutachten zum Baugrund "
                             "vorgelegt worden war.";
const char* const de_body2 = "Grund seien Probleme mit dem Baugrund am östlichen Ufer, sagte Baudezernentin Ilka "
                             "Sommerfeld. Dort müssten zusätzliche Pfähle gesetzt werden, was allein mehrere Monate in "
                             "Anspruch nehme.";
const char* const de_body3 = "Die Mehrkosten schätzt die Stadt auf rund zwei Millionen Euro. Für Radfahrer bleibt die "
                             "Umleitung über die Hafenstraße bis zur Eröffnung der neuen Brücke bestehen.";
const char* const en_body1 = "Kelbridge council sold the site of the old lido to a private developer last spring "
                             "without a public vote, according to papers released this week after a request from a "
                             "residents' group.";
const char* const en_body2 = "The sale, worth about two million pounds, was signed off by a committee of three "
                             "councillors meeting in a closed session, and the full council was told about it only in "
                             "the autumn.";
const char* const en_body3 = "\"Residents were never asked,\" said Dilys Penhale, who chairs the Friends of the Lido.";


TEST_CASE("a standfirst right under the title, no byline or date under it, is the lede by its shape",
          "[head93][lede]") {
    const char* const fr_title2 = "La halle aux grains de Brévannes rouvre après trois ans de chantier";
    const char* const fr_lede = "Le bâtiment accueillera dès samedi le marché et les associations du quartier.";
    const char* const de_title2 = "Neue Brücke über die Wern verzögert sich um ein Jahr";
    const char* const de_lede = "Probleme mit dem Baugrund treiben die Kosten in die Höhe";
    const char* const en_title = "Kelbridge council sold the old lido site without a vote";
    const char* const en_lede = "Papers show the deal was signed off by three councillors in a closed session.";
    const archive::test::HeadRow rows[] = {
        {head_page(fr_title2, fr_lede, fr_body1, fr_body2, fr_body3), "", fr_title2, fr_lede},
        // (A deck without a stop.)
        {head_page(de_title2, de_lede, de_body1, de_body2, de_body3), "", de_title2, de_lede},
        {head_page(en_title, en_lede, en_body1, en_body2, en_body3), "", en_title, en_lede},
        // Near misses: a first paragraph about as long as the next ones is the body's.
        {head_page(en_title, "Kelbridge council sold the site of the old lido last spring without a public vote.",
                   "The sale, worth about two million pounds, was signed off by three councillors.", en_body3,
                   en_body2),
         "", en_title, ""},
        {head_page(fr_title2,
                   "La halle aux grains de Brévannes a rouvert ses portes samedi matin, après trois ans de travaux "
                   "et un budget qui a doublé.",
                   fr_body1, fr_body2, fr_body3),
         "", fr_title2, ""},
        // A sentence set apart from the title by a blank line, as a wiki's news page opens its text; a deck without
        // a stop may stand so.
        {std::string(en_title) + "\n\n" + en_lede + "\n\n" + en_body1 + "\n\n" + en_body2 + "\n", "", en_title, ""},
        {std::string(de_title2) + "\n\n" + de_lede + "\n\n" + de_body1 + "\n\n" + de_body2 + "\n\n" + de_body3 +
             "\n",
         "", de_title2, de_lede},
        // A post's meta line holding a whole date; the writer speaking to the reader or of himself (a column).
        {head_page(de_title2, "Wernblatt /red 4. Dezember 2026 Aktuell, Verkehr", de_body1, de_body2, de_body3), "",
         de_title2, ""},
        {head_page(en_title, "Councillor Roe, I have a small question for you today.", en_body1, en_body2,
                   en_body3),
         "", en_title, ""},
        {head_page(fr_title2, "Vous aussi, vous avez connu la vieille halle aux grains.", fr_body1, fr_body2,
                   fr_body3),
         "", fr_title2, ""},
        // A quotation under the title, a dateline opening it, a question: no standfirst.
        {head_page(fr_title2, "« Ce bâtiment appartient à tout le monde », dit le maire.", fr_body1, fr_body2,
                   fr_body3),
         "", fr_title2, ""},
        {head_page(de_title2, "KESSELBRÜCK (dpa) - Die Brücke wird teurer und später fertig.", de_body1, de_body2,
                   de_body3),
         "", de_title2, ""},
        {head_page(en_title, "What will happen to the old lido site now that it is sold?", en_body1, en_body2,
                   en_body3),
         "", en_title, ""},
    };
    archive::test::check_heads(rows);
    // (The standfirst taken is out of the body; the near miss's first paragraph is in it.)
    const archive::Article a = archive::parse(head_page(fr_title2, fr_lede, fr_body1, fr_body2, fr_body3), "x");
    CHECK_FALSE(in_body(a, fr_lede));
    CHECK(in_body(a, fr_body1));
}

TEST_CASE("a caption's label listed with its colon, alone on its line or spaced before the colon",
          "[head93][media][caption_label]") {
    // One row: the head (title, byline, date), the picture's lines, its caption, whether the label is read.
    struct Row {
        const char* head;
        const char* picture;
        const char* caption;
        bool read;
    };
    const char* const en_head = "Ferry service returns to Kelbridge after winter repairs\nBy Tamsin Orwell\n"
                                "4 December 2026";
    const char* const en_text = "The ferry between Kelbridge and Osk Island sailed again on Friday after four months "
                                "of repairs.\n\nTickets go on sale at the harbour office from Monday, and the first "
                                "crossings are free.";
    const Row rows[] = {
        {en_head, "Main image:\nThe rebuilt pier at Kelbridge on a grey morning",
         "The rebuilt pier at Kelbridge on a grey morning", true},
        {"Die Fähre nach Wernsand fährt wieder\nVon Jana Oberholt\n4. Dezember 2026",
         "Hauptbild:\nDer neue Anleger von Kesselbrück am frühen Morgen",
         "Der neue Anleger von Kesselbrück am frühen Morgen", true},
        {"Le bac reprend la mer entre Quérolle et l'île de Sanvic\nPar Maëlle Guirec\n4 décembre 2026",
         "Image principale : Le port de Quérolle au petit matin, sous la bruine.",
         "Le port de Quérolle au petit matin, sous la bruine.", true},
        // Near miss: the label's words without the colon it needs, over a line.
        {en_head, "Main image\nThe rebuilt pier at Kelbridge on a grey morning",
         "The rebuilt pier at Kelbridge on a grey morning", false},
    };
    for (const Row& r : rows) {
        INFO(r.picture);
        const archive::Article a = archive::parse(std::string(r.head) + "\n\n" + r.picture + "\n\n" + en_text + "\n");
        CHECK(has_media(a, r.caption) == r.read);
        if (r.read)
            CHECK_FALSE(in_body(a, r.picture));
    }
    CHECK(archive::labelled_caption("Image principale : Le port de Quérolle au matin.") ==
          std::optional<std::string>("Le port de Quérolle au matin."));
    CHECK(archive::labelled_caption("Immagine principale : Il porto di Brenzano all'alba.") ==
          std::optional<std::string>("Il porto di Brenzano all'alba."));
    CHECK(archive::labelled_caption("Main image: The harbour at dawn.") ==
          std::optional<std::string>("The harbour at dawn."));
    // Near misses: the label's words without its colon open a sentence of the text.
    CHECK_FALSE(archive::labelled_caption("Main image of the campaign is a harbour at dawn."));
    CHECK_FALSE(archive::labelled_caption("Image principale du film, le port revient sans cesse."));
}

// head95: the standfirst set apart from its title and text by blank lines.
namespace head95 {
// A title, a blank line, the line under it, a blank line, then the body's paragraphs apart.
std::string apart(const char* title, const char* under, const char* body1, const char* body2) {
    return std::string(title) + "\n\n" + under + "\n\n" + body1 + "\n\n" + body2 + "\n";
}

const char* const en_title = "Senator blocks Kelbridge farm bill in late-night vote";
const char* const en_body1 = "A senator from the northern district on Tuesday blocked a vote on the Kelbridge farm "
                             "bill, saying the measure would cost the ranchers of his state far too much money.";
const char* const en_body2 = "The bill, which passed the lower house last month, now goes back to a committee where "
                             "its authors hope to rewrite the parts that drew his objection before the summer.";
const char* const de_title = "Stadtrat verschiebt Entscheid über die Wernbrücke";
const char* const de_body1 = "Der Stadtrat von Kesselbrück hat am Montagabend den Entscheid über den Neubau der "
                             "Wernbrücke vertagt, weil ein zweites Gutachten zum Baugrund noch nicht vorliegt.";
const char* const de_body2 = "Die Verwaltung hatte gehofft, die Arbeiten noch im Frühjahr ausschreiben zu können. "
                             "Nun rechnet Baudezernentin Ilka Sommerfeld mit einer Verzögerung von einem halben Jahr.";
const char* const fr_title = "Brévannes repousse la rénovation de la halle aux grains";
const char* const fr_body1 = "Le conseil municipal de Brévannes a décidé lundi soir de repousser d'un an la rénovation "
                             "de la halle aux grains, faute d'accord avec les commerçants du marché couvert.";
const char* const fr_body2 = "Les travaux devaient commencer en mars. Le maire, Gaspard Léautier, espère désormais "
                             "signer une convention avec les exposants avant la fin de l'hiver prochain.";

TEST_CASE("a short sentence set apart by blank lines under the title, over longer paragraphs, is the standfirst",
          "[head95][lede]") {
    const char* const en_lede = "Senator from the north says he cannot allow the bill to pass.";
    const char* const de_lede = "Ein zweites Gutachten zum Baugrund soll bis Mai vorliegen.";
    const char* const fr_lede = "Le conseil attend un accord avec les commerçants du marché.";
    const archive::test::HeadRow rows[] = {
        {apart(en_title, en_lede, en_body1, en_body2), "", en_title, en_lede},
        {apart(de_title, de_lede, de_body1, de_body2), "", de_title, de_lede},
        {apart(fr_title, fr_lede, fr_body1, fr_body2), "", fr_title, fr_lede},
        // Near misses: a sentence of fourteen words and more set apart so is a wiki's first paragraph, the body's.
        {apart(de_title,
               "Der Stadtrat von Kesselbrück hat den Entscheid über die neue Wernbrücke am Montag auf Mai vertagt.",
               de_body1, de_body2),
         "", de_title, ""},
        // The short sentence glued over the next paragraph (no blank line under it): the text's first lines.
        {std::string(en_title) + "\n\n" + en_lede + "\n" + en_body1 + "\n\n" + en_body2 + "\n", "", en_title, ""},
        // A paragraph under it hardly longer than it: a text of short paragraphs.
        {apart(fr_title, fr_lede, "Les travaux devaient commencer en mars, puis en avril.", fr_body2), "", fr_title,
         ""},
        // The writer speaking of himself opens a column's text.
        {apart(en_title, "I have watched this senator block bills for ten years now.", en_body1, en_body2), "",
         en_title, ""},
    };
    archive::test::check_heads(rows);
}
// A page whose only credit line naming a paper stands in its middle: the masthead, the title, twelve paragraphs, the
// credit, then sixteen paragraphs (more than the footer's last fifteen lines).
archive::OwnNames names_with_credit_amid(const char* credit) {
    std::string page = "Vallonnais\nLa halle aux grains rouvre\n\n";
    for (int k = 0; k < 12; ++k)
        page += "Le marché du samedi s'installera dans la halle dès la semaine prochaine, a dit le maire.\n\n";
    page += std::string(credit) + "\n\n";
    for (int k = 0; k < 16; ++k)
        page += "Les associations pourront réserver la salle haute deux soirs par mois, a précisé la mairie.\n\n";
    const std::vector<archive::Block> blocks = archive::segment(page);
    const archive::Page p{blocks, "fr", {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    return archive::own_names_of(p);
}

TEST_CASE("a copyright line of the paper's own name in the page's middle names the site, an agency's does not",
          "[head95][kicker]") {
    CHECK(archive::names_own_site("Vallonnais", names_with_credit_amid("\u00a9 Vallonnais")));
    CHECK(archive::names_own_site("Talspiegel", names_with_credit_amid("\u00a9 Talspiegel 2026")));
    CHECK(archive::names_own_site("Lagunare", names_with_credit_amid("Copyright La Lagunare")));
    // Near misses: an agency's or a picture desk's credit, a photographer with it, a sentence about a copyright.
    CHECK_FALSE(archive::names_own_site("Keystone", names_with_credit_amid("\u00a9 Keystone")));
    CHECK_FALSE(archive::names_own_site("Reuters", names_with_credit_amid("\u00a9 Reuters")));
    CHECK_FALSE(archive::names_own_site("Keystone", names_with_credit_amid("\u00a9 Keystone/Anna Muster")));
    CHECK_FALSE(archive::names_own_site("Anna Muster", names_with_credit_amid("\u00a9 Anna Muster")));
    const char* const sentence = "\u00a9 Vallonnais, a jugé lundi le tribunal, n'appartient à personne.";
    CHECK_FALSE(archive::names_own_site("Vallonnais", names_with_credit_amid(sentence)));
}

// An opinion's head and text: its title, standfirst, byline, date and two paragraphs.
struct Opinion {
    const char* title;
    const char* standfirst;
    const char* byline;
    const char* date;
    const char* body;
};

const Opinion it_opinion{
    "Perché il mercato coperto deve restare aperto",
    "Chiudere il mercato di piazza Orsini per tre mesi è un errore che la città pagherà caro.", "di Giulia Bernardi",
    "3 dicembre 2026",
    "Il mercato coperto di piazza Orsini, a Brenzano, resterà chiuso per lavori da lunedì fino alla fine di marzo. È "
    "una decisione che pesa sui banchi più piccoli.\n\nI banchi saranno spostati nel cortile della vecchia scuola "
    "elementare, lontano dal passaggio dei turisti e dei residenti del centro storico."};
const Opinion fr_opinion{
    "Pourquoi la halle aux grains doit rester ouverte",
    "Fermer la halle de Brévannes pendant trois mois est une erreur que la ville paiera cher.", "Par Hélène Roux",
    "3 décembre 2026",
    "La halle aux grains de Brévannes fermera pour travaux de lundi à la fin du mois de mars. C'est une décision qui "
    "pèse sur les plus petits exposants du marché.\n\nLes étals seront déplacés dans la cour de l'ancienne école, "
    "loin du passage des habitants du centre et des visiteurs du samedi matin."};

// The line `over` over the opinion's head.
std::string opinion(const char* over, const Opinion& o) {
    return std::string(over) + "\n" + o.title + "\n\n" + o.standfirst + "\n\n" + o.byline + "\n" + o.date + "\n\n" +
           o.body + "\n";
}

TEST_CASE("the columnist's job over an opinion's title is no kicker", "[head95][kicker]") {
    const Opinion& it = it_opinion;
    const Opinion& fr = fr_opinion;
    const archive::test::HeadRow rows[] = {
        {opinion("Docente di storia contemporanea all'Università di Valdora", it), "", it.title, it.standfirst},
        {opinion("Professeure d'histoire à l'université de Vallon", fr), "", fr.title, fr.standfirst},
        // Near misses: a topic's phrase over the same heads stays the kicker.
        {opinion("Il cantiere del mercato coperto", it), "Il cantiere del mercato coperto", it.title, it.standfirst},
        {opinion("Le chantier de la halle", fr), "Le chantier de la halle", fr.title, fr.standfirst},
    };
    archive::test::check_heads(rows);
    CHECK(archive::opens_with_job("Économiste, professeure à l'université de Lyon"));
    CHECK(archive::opens_with_job("Docente di storia all'Università di Valdora"));
    CHECK_FALSE(archive::opens_with_job("Il cantiere del mercato coperto"));
}

TEST_CASE("a title's last piece naming the site, its masthead or its copyright's name, is cut off the headline",
          "[head95][headline]") {
    const std::string fr_bar = std::string(head93::fr_title) + " - Vallonnais";
    const std::string de_bar = std::string(head93::de_title) + " | Talspiegel";
    const std::string it_bar = std::string(head93::it_title) + " | Lagunare";
    const std::string it_topic = std::string(head93::it_title) + " | Cronaca";
    const archive::test::HeadRow rows[] = {
        // (The masthead over the title and the copyright name the site; the address alone; the masthead alone.)
        {reader("Vallonnais", fr_bar.c_str(), "4-5 minutes", fr_text, "\u00a9 Vallonnais 2026"), "", head93::fr_title,
         ""},
        {reader("Startseite", de_bar.c_str(), "5-6 Minuten", de_text, "Quelle: https://www.talspiegel.de/x"), "",
         head93::de_title, ""},
        {reader("Lagunare", it_bar.c_str(), "4-5 minuti", it_text, "Tutti i diritti riservati."), "", head93::it_title,
         ""},
        // Near misses: a last piece naming no site the page names stays the title's.
        {reader("Lagunare", it_topic.c_str(), "4-5 minuti", it_text, "Tutti i diritti riservati."), "Lagunare",
         it_topic.c_str(), ""},
        {reader("Startseite", de_bar.c_str(), "5-6 Minuten", de_text, "Quelle: https://www.wernblatt.de/x"), "",
         de_bar.c_str(), ""},
    };
    archive::test::check_heads(rows);
}

} // namespace head95

} // namespace head93

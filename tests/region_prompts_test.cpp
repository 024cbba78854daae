// Tests of the calls to the reader at the article's edges: share, follow, like or comment on the page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_parts.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

using namespace archive;

namespace {

struct Story {
    const char* lang;
    const char* title;
    std::vector<const char*> paragraphs;
};

// Invented stories of a town's bakery, one for each language of the calls' lexicon.
const Story stories[] = {
    {"en",
     "The bakery on Mill Street opens again",
     {"The bakery on Mill Street opened its doors again on Saturday after a winter of work on its old ovens.",
      "The baker said the new ovens use half the wood of the old ones and bake the loaves more evenly.",
      "Neighbours queued from six in the morning, and the first batch of rye bread was gone within the hour.",
      "The town council will decide in the spring whether the street market may return to the square."}},
    {"de",
     "Die Bäckerei in der Mühlgasse öffnet wieder",
     {"Die Bäckerei in der Mühlgasse hat am Samstag nach einem Winter voller Arbeiten an den alten Öfen wieder geöffnet.",
      "Der Bäcker sagte, die neuen Öfen brauchten nur halb so viel Holz und backten die Brote gleichmäßiger.",
      "Die Nachbarn standen ab sechs Uhr morgens an, und das erste Roggenbrot war nach einer Stunde verkauft.",
      "Der Gemeinderat entscheidet im Frühling, ob der Wochenmarkt auf den Platz zurückkehren darf."}},
    {"fr",
     "La boulangerie de la rue du Moulin rouvre",
     {"La boulangerie de la rue du Moulin a rouvert samedi après un hiver de travaux sur ses vieux fours.",
      "Le boulanger a expliqué que les nouveaux fours consomment deux fois moins de bois que les anciens.",
      "Les voisins faisaient la queue dès six heures du matin et la première fournée a disparu en une heure.",
      "Le conseil municipal décidera au printemps si le marché peut revenir sur la place."}},
    {"es",
     "La panadería de la calle del Molino vuelve a abrir",
     {"La panadería de la calle del Molino volvió a abrir el sábado tras un invierno de obras en sus viejos hornos.",
      "El panadero explicó que los nuevos hornos gastan la mitad de leña que los antiguos y cuecen mejor el pan.",
      "Los vecinos hicieron cola desde las seis de la mañana y la primera hornada se agotó en una hora.",
      "El ayuntamiento decidirá en primavera si el mercado puede volver a la plaza."}},
    {"it",
     "Il forno di via del Mulino riapre",
     {"Il forno di via del Mulino ha riaperto sabato dopo un inverno di lavori sui suoi vecchi forni a legna.",
      "Il fornaio ha spiegato che i nuovi forni consumano metà della legna di quelli vecchi e cuociono meglio il pane.",
      "I vicini hanno fatto la fila dalle sei del mattino e la prima infornata è finita in un'ora.",
      "Il consiglio comunale deciderà in primavera se il mercato potrà tornare in piazza."}},
};

// The record of the story in `lang` with `tail` under its last paragraph, and whether that paragraph stays.
struct TailPage {
    Article article;
    bool kept_last;
};

TailPage story_with_tail(const std::string& lang, const std::string& tail) {
    const auto story = std::find_if(std::begin(stories), std::end(stories), [&](const Story& s) { return lang == s.lang; });
    REQUIRE(story != std::end(stories));
    std::string page = "Town Gazette\nNews\n" + std::string(story->title) + "\n";
    for (const char* p : story->paragraphs)
        page += std::string(p) + "\n";
    Article a = classify(segment(page + tail + "Contact\nImprint\n"), lang);
    const auto paragraphs = test::paragraphs_of(a);
    bool kept = std::find(paragraphs.begin(), paragraphs.end(), std::string(story->paragraphs.back())) != paragraphs.end();
    return {std::move(a), kept};
}

bool opens_paragraph(const Article& a, const std::string& start) {
    const auto paragraphs = test::paragraphs_of(a);
    return std::any_of(paragraphs.begin(), paragraphs.end(), [&](const std::string& p) { return p.starts_with(start); });
}

// A line and whether reader_prompt() takes it for a call to the reader.
struct PromptRow {
    const char* line;
    bool prompt;
};

// A call under the last paragraph of the story in `lang`, with the short lines around it that pages print.
struct TailRow {
    const char* lang;
    const char* tail;
    const char* gone; // the start of the call (or of the article's own line, which stays)
};

// Each row's check of its line is its `prompt`.
template <std::size_t N>
void check_rows(const PromptRow (&rows)[N], bool (*check)(const Block&)) {
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(check(segment(r.line).at(0)) == r.prompt);
    }
}

// Each row's story keeps its last paragraph; the line opening with `gone` leaves the body, or stays when `stays`.
template <std::size_t N>
void check_tails(const TailRow (&rows)[N], bool stays = false) {
    for (const auto& r : rows) {
        INFO(r.lang << ": " << r.gone);
        const TailPage page = story_with_tail(r.lang, r.tail);
        CHECK(page.kept_last);
        CHECK(opens_paragraph(page.article, r.gone) == stays);
    }
}

} // namespace

TEST_CASE("a call asking the reader to share, follow, like or comment on the page", "[region][prompt]") {
    const PromptRow rows[] = {
        {"Share this article", true},
        {"Did you enjoy this article? Share it with your friends and follow us on Instagram!", true},
        {"Sign in to post a comment.", true},
        {"Hat dir der Beitrag gefallen? Dann folge uns auf Instagram und teile ihn mit deinen Freunden!", true},
        {"Klick, um auf Pinterest zu teilen (öffnet ein neues Fenster)", true},
        {"Vous avez aimé cet article ? Partagez-le et suivez-nous sur Facebook !", true},
        {"Laissez un commentaire", true},
        {"¿Te gustó este artículo? Compártelo en Facebook y déjanos tu comentario.", true},
        {"Ti è piaciuto questo articolo? Condividilo e seguici su Instagram per altre ricette.", true},
        // The article's own sentences: a channel named without the reader, a call without a channel.
        {"The mayor will share the plan for the market square on Facebook next week.", false},
        {"Der Bürgermeister will den Plan für den Marktplatz nächste Woche auf Facebook teilen.", false},
        {"Le maire partagera le plan de la place du marché sur Facebook la semaine prochaine.", false},
        {"Neighbours who want to help can join the market committee, the baker told us.", false},
        {"Follow the river path past the mill and you reach the bakery in ten minutes.", false},
    };
    check_rows(rows, reader_prompt);
}

TEST_CASE("the calls to the reader under the article's last paragraph leave the region", "[region][prompt]") {
    const TailRow rows[] = {
        {"en", "Did you enjoy this article? Share it with your friends and follow us on Instagram!\nTweet\n",
         "Did you enjoy"},
        {"en", "Sign in to post a comment.\nSorry you did not like this comment. Please tell us why below.\n", "Sign in"},
        {"de", "Teilen:\nKlick, um über Twitter zu teilen (öffnet ein neues Fenster)\n"
               "Klick, um auf Facebook zu teilen (öffnet ein neues Fenster)\n",
         "Klick, um"},
        {"de", "Folge mir auf Instagram! Dort zeige ich jede Woche ein neues Brot. Hast du eines gebacken? "
               "Dann markiere mich auf deinem Foto!\n",
         "Folge mir"},
        {"fr", "Vous avez aimé cet article ? Partagez-le et suivez-nous sur Facebook !\n", "Vous avez aimé"},
        {"es", "¿Te gustó este artículo? Compártelo en Facebook y déjanos tu comentario.\n", "¿Te gustó"},
        {"it", "Ti è piaciuto questo articolo? Condividilo e seguici su Instagram per altre ricette.\n", "Ti è piaciuto"},
    };
    check_tails(rows);
}

TEST_CASE("a sentence of the article naming a channel stays its last line", "[region][prompt]") {
    const TailRow rows[] = {
        {"en", "The baker will share the new opening hours on the bakery's page on Facebook next week.\n", "The baker"},
        {"de", "Der Bäcker will die neuen Öffnungszeiten nächste Woche auf der Seite der Bäckerei teilen.\n", "Der Bäcker"},
        {"fr", "Le boulanger partagera les nouveaux horaires sur la page de la boulangerie la semaine prochaine.\n",
         "Le boulanger"},
    };
    check_tails(rows, true);
}

TEST_CASE("the title of a box the site or its editors recommend ends the article", "[region][terminator]") {
    const PromptRow rows[] = {
        {"Gazette recommends", true},
        {"Die Redaktion empfiehlt", true},
        {"La rédaction recommande", true},
        {"La redacción recomienda", true},
        {"La redazione consiglia", true},
        // A heading or a sentence of the article's own.
        {"What the town's baker recommends", false},
        {"Der Bäcker empfiehlt Roggenbrot.", false},
    };
    check_rows(rows, is_terminator);
    const TailRow tails[] = {
        {"en",
         "Gazette recommends\nThe mill by the river turns again\nAfter forty years the old water mill grinds flour for "
         "the bakery, and visitors can watch the wheel from the bridge.\nNew benches for the market square\nThe square "
         "gets twelve oak benches this summer, paid for by the traders and a grant from the region.\n",
         "After forty years"},
        {"de",
         "Die Redaktion empfiehlt\nDie Mühle am Fluss dreht sich wieder\nNach vierzig Jahren mahlt die alte Wassermühle "
         "wieder Mehl für die Bäckerei, und Besucher sehen das Rad von der Brücke aus.\nNeue Bänke für den Marktplatz\n"
         "Der Platz bekommt in diesem Sommer zwölf Bänke aus Eiche, bezahlt von den Händlern und der Region.\n",
         "Nach vierzig Jahren"},
        {"fr",
         "La rédaction recommande\nLe moulin de la rivière tourne de nouveau\nAprès quarante ans, le vieux moulin à eau "
         "moud de nouveau la farine de la boulangerie, et les visiteurs regardent la roue depuis le pont.\nDe nouveaux "
         "bancs pour la place du marché\nLa place recevra cet été douze bancs en chêne, payés par les commerçants et la "
         "région.\n",
         "Après quarante ans"},
    };
    check_tails(tails);
}

TEST_CASE("a box's title glued to the next label without its space ends the article", "[region][terminator]") {
    const PromptRow rows[] = {
        {"RELATED ARTICLESMORE FROM THE BAKERY", true},
        {"Related articlesMore from the bakery", true},
        {"MEHR ZUM THEMAKOMMENTARE", true},
        {"Mehr zum ThemaNeueste Artikel", true},
        {"À LIRE AUSSIDANS LA MÊME RUBRIQUE", true},
        {"NOTICIAS RELACIONADASLO MÁS LEÍDO", true},
        {"LEGGI ANCHEI PIÙ LETTI", true},
        // Capitals inside a word that no box's title opens: a name, a brand.
        {"The McDonald bakery on YouTube", false},
        {"Die Bäckerei von Anna McLeod", false},
        {"La boulangerie sur TikTok", false},
    };
    check_rows(rows, is_terminator);
}

TEST_CASE("the notes of the comment form under the article leave the region", "[region][comments]") {
    const PromptRow rows[] = {
        {"Please enable JavaScript to read the comments of our readers.", true},
        {"Comments are moderated: yours will appear once a moderator has approved it. Please keep it respectful.", true},
        {"Kommentare werden moderiert und erst nach der Freigabe durch die Redaktion freigeschaltet.", true},
        {"Les commentaires sont modérés : merci de rester respectueux envers les autres lecteurs du journal.", true},
        {"Los comentarios son moderados; les pedimos que sean respetuosos con los demás lectores.", true},
        {"I commenti sono moderati: vi chiediamo di restare rispettosi verso gli altri lettori.", true},
        // The article's own sentences: a comment without the form's rules, a rule without a comment.
        {"The baker declined to comment on the price of the new ovens when we asked him on Saturday.", false},
        {"Der Bäcker wollte den Preis der neuen Öfen nicht kommentieren, als wir ihn am Samstag fragten.", false},
        {"The market's new rules were approved by the council after a long debate on Monday evening.", false},
    };
    check_rows(rows, comment_form_notice);
    const TailRow tails[] = {
        {"en", "Comments\nComments are moderated: yours will appear once a moderator has approved it. Please keep it "
               "respectful.\n",
         "Comments are moderated"},
        {"de", "Kommentare werden moderiert und erst nach der Freigabe durch die Redaktion freigeschaltet.\n",
         "Kommentare werden"},
        {"fr", "Les commentaires sont modérés : merci de rester respectueux envers les autres lecteurs du journal.\n",
         "Les commentaires"},
        {"es", "Los comentarios son moderados; les pedimos que sean respetuosos con los demás lectores.\n",
         "Los comentarios"},
        {"it", "I commenti sono moderati: vi chiediamo di restare rispettosi verso gli altri lettori.\n", "I commenti"},
    };
    check_tails(tails);
}

TEST_CASE("a call for stories to suggest under an obituary leaves the region, its life dates stay",
          "[region][prompt]") {
    const PromptRow rows[] = {
        {"Do you have an obituary to suggest? Email us.", true},
        {"Kennen Sie jemanden, dem wir einen Nachruf widmen sollten? Schreiben Sie uns eine E-Mail.", true},
        {"Vous souhaitez nous proposer une nécrologie ? Écrivez-nous par courriel.", true},
        // The article's own sentence: a suggestion without the reader asked.
        {"The baker's daughter will suggest a new name for the shop to the council next week.", false},
    };
    check_rows(rows, reader_prompt);
    const TailRow calls[] = {
        {"en", "Anna Berg, baker, born 3 June 1941; died 9 January 2025\nThis article was amended on 12 February "
               "2025 to correct the year of her first show.\nDo you have an obituary to suggest? Email us.\n",
         "Do you have"},
        {"de", "Anna Berg, Bäckerin, geboren am 3. Juni 1941, gestorben am 9. Januar 2025\nKennen Sie jemanden, dem "
               "wir einen Nachruf widmen sollten? Schreiben Sie uns eine E-Mail.\n",
         "Kennen Sie"},
        {"fr", "Anna Berg, boulangère, née le 3 juin 1941 et morte le 9 janvier 2025\nVous souhaitez nous proposer "
               "une nécrologie ? Écrivez-nous par courriel.\n",
         "Vous souhaitez"},
    };
    check_tails(calls);
    // The life dates over the call are the obituary's last line: the walk over the prompts stops at them.
    const TailRow lives[] = {
        {"en", calls[0].tail, "Anna Berg, baker"},
        {"de", calls[1].tail, "Anna Berg, Bäckerin"},
        {"fr", calls[2].tail, "Anna Berg, boulangère"},
    };
    check_tails(lives, true);
}

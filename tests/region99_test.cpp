// A paragraph of one short sentence under a related article's box that ends the text (a terminator label: "Mehr zum
// Thema", "Related articles", "À lire aussi"), over the text going on, went to the boilerplate (invented pages): the
// region took the text past the box, but the section loop dropped the sentence, four words rated bad with boilerplate
// round it (sentence_under_related_box()). A card's short summary under the box, over the next card's title, stays
// out.
// A listicle's first numbered question over its short answer, under a picture's credit, left the answer to the
// boilerplate (and the question to a paragraph, or the boilerplate): it heads its answer when the series' next
// numbered question follows (opens_numbered_questions()); numbered alone, it does not.
// A one-word advice heading ("Recomendaciones", "Tipps", "Conseils") over the list of advice closing the text went
// to the boilerplate on a page of no headed sections: it heads the list (closing_section_title()); another word does
// not. Printed without blank lines, the advice list went on in terse items (few stopwords) that were left out, and
// ended at its first line of another kind only when a blank line closed it: closing_list_end() under an advice word.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <optional>
#include <string>

using namespace archive;

namespace {

struct Region99Box {
    const char* lang;
    std::string page;
    std::string label, title, brief, next;
};

std::string region99_first_line(const std::string& rest) { return rest.substr(0, rest.find("\n\n")); }

} // namespace

TEST_CASE("a short sentence under a closed related box, over the text going on, is text", "[region][region99]") {
    const std::string de_head =
        "Lokales\n\nStadtrat Wendelsheim beschließt neuen Haushalt\n\nVon Ilka Brandauer\n\n4. Dezember "
        "2026, 19:05 Uhr\n\nDer Stadtrat von Wendelsheim hat am Mittwochabend nach einer langen Sitzung den "
        "Haushalt für das kommende Jahr beschlossen. Die Debatte war von scharfen Worten geprägt.\n\nDer "
        "Plan sieht mehr Geld für die Sanierung der Turnhallen und für neue Busse auf der Linie zum Bahnhof "
        "vor.";
    const std::string de_rest =
        "Die Opposition hielt der Mehrheit vor, die Kosten über höhere Gebühren auf die Familien mit kleinen "
        "Einkommen abzuwälzen.\n\n„Wir haben solide gewirtschaftet“, sagte Bürgermeisterin Hanne Vollrath "
        "und verwies auf die gesunkenen Schulden der Stadt.\n\nDer Haushalt muss noch vom "
        "Regierungspräsidium genehmigt werden.";
    const std::string en_head =
        "Local news\n\nHollowford council passes budget after long night\n\nBy Priya Castellane\n\nDecember "
        "4, 2026, 7:05 p.m.\n\nHollowford's town council passed its budget for next year late on Wednesday, "
        "after a session of more than five hours marked by sharp exchanges.\n\nThe plan puts more money into "
        "the repair of the sports halls and new buses on the route to the station.";
    const std::string en_rest =
        "The opposition said the majority was shifting the cost onto families with small incomes through "
        "higher fees for waste collection.\n\n\"We have kept the books in order,\" said Mayor Hannah "
        "Vollard, pointing to the town's falling debt.\n\nThe budget must still be approved by the county "
        "before it takes effect.";
    const std::string fr_head =
        "Vie locale\n\nLe conseil de Valmorin adopte son budget après une longue nuit\n\nPar Lucie "
        "Fontanel\n\n4 décembre 2026 à 19h05\n\nLe conseil municipal de Valmorin a adopté mercredi soir le "
        "budget de l'année prochaine, au terme d'une séance de plus de cinq heures marquée par de vifs "
        "échanges.\n\nLe plan consacre davantage d'argent à la réfection des gymnases et à de nouveaux bus "
        "sur la ligne de la gare.";
    const std::string fr_rest =
        "L'opposition a reproché à la majorité de faire peser le coût sur les familles modestes par une "
        "hausse de la taxe sur les ordures.\n\n« Nous avons tenu les comptes », a répondu la maire Hélène "
        "Vollard en rappelant la baisse de la dette de la commune.\n\nLe budget doit encore être examiné par "
        "la préfecture avant son entrée en vigueur.";
    const Region99Box rows[] = {
        {"de", de_head, "Mehr zum Thema", "Turnhallen: Vereine warten auf die Sanierung",
         "Die Opposition stimmte dagegen.", de_rest},
        {"en", en_head, "Related articles", "Sports halls: clubs still wait for repairs", "The opposition voted no.",
         en_rest},
        {"fr", fr_head, "À lire aussi", "Gymnases : les clubs attendent toujours les travaux",
         "L'opposition a voté contre.", fr_rest},
    };
    for (const auto& r : rows) {
        const std::string page =
            r.page + "\n\n" + r.label + "\n\n" + r.title + "\n\n" + r.brief + "\n\n" + r.next + "\n";
        INFO(page);
        const Article a = classify(segment(page), r.lang);
        CHECK(test::in_text(a, r.brief));
        CHECK(test::in_text(a, region99_first_line(r.next)));
        CHECK_FALSE(test::in_text(a, r.label));
        CHECK_FALSE(test::in_text(a, r.title));
        // Near misses: the same box over a card (its short summary, then the next card's title and summary): the
        // summary is no text going on.
        const std::string cards = r.page + "\n\n" + r.label + "\n\n" + r.title + "\n\n" + r.brief +
                                  "\n\nAnother card's title without a stop\n\n" + region99_first_line(r.next) + "\n";
        INFO(cards);
        CHECK_FALSE(test::in_text(classify(segment(cards), r.lang), r.brief));
    }
}

namespace {

// A listicle printed without blank lines: the head's lines, a picture's caption closed by its credit, then numbered
// questions each over its answer (the first answer a few words and figures).
std::string region99_listicle(const char* head, const char* const (&items)[6], bool numbered) {
    std::string page = head;
    for (int i = 0; i < 6; ++i) {
        const bool question = i % 2 == 0;
        page += "\n";
        if (question && (numbered || i == 0))
            page += std::to_string(i / 2 + 1) + ". ";
        page += items[i];
    }
    return page + "\nImpressum\n";
}

} // namespace

TEST_CASE("a numbered question opening a series heads its short answer wherever it sits", "[region][region99]") {
    const char* const en_head = "The Harbour Courier\nHome\nWhat's On\nWhat's On\n3 things to know about the "
                                "Kelmport Lantern Parade\nThe parade returns to the waterfront this weekend with a "
                                "longer route and new floats.\nBy Tessa Marlowe\nUpdated 7 Dec 2026, 10:12am\n"
                                "Lanterns on the quay last year. Picture: Rowan Pike";
    const char* const en_items[6] = {
        "When is it on?",
        "Saturday and Sunday, doors open at 9am each day.",
        "How do I get there?",
        "Extra trams run from Kelmport station every ten minutes, and the waterfront car park is closed all evening.",
        "Who can join?",
        "Anyone with a lantern can walk at the back of the parade, the organisers said on Friday."};
    const char* const de_head = "Seebote\nStartseite\nFreizeit\nFreizeit\n3 Dinge zum Laternenumzug in Wellbach\n"
                                "Der Umzug kehrt an diesem Wochenende mit einer längeren Strecke an das Ufer "
                                "zurück.\nVon Jonas Wehrlein\n7. Dezember 2026, 10:12 Uhr\nLaternen am Ufer im "
                                "vergangenen Jahr. Foto: Anja Stellmacher";
    const char* const de_items[6] = {
        "Wann findet es statt?",
        "Samstag ab 18 Uhr, bei jedem Wetter.",
        "Wie komme ich hin?",
        ("Zusätzliche Busse fahren alle zehn Minuten vom Bahnhof Wellbach, der Parkplatz am Ufer ist den ganzen "
         "Abend gesperrt."),
        "Wer darf mitgehen?",
        "Jeder mit einer Laterne kann am Ende des Umzugs mitgehen, sagten die Veranstalter am Freitag."};
    struct Row {
        const char* lang;
        const char* head;
        const char* const (&items)[6];
    };
    const Row rows[] = {{"en", en_head, en_items}, {"de", de_head, de_items}};
    for (const auto& r : rows) {
        const std::string page = region99_listicle(r.head, r.items, true);
        INFO(page);
        const Article a = classify(segment(page), r.lang);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections[0].heading == std::optional<std::string>(std::string("1. ") + r.items[0]));
        CHECK(test::in_text(a, r.items[1]));
        // Near miss: the later questions without their numbers; the first one, numbered alone, opens no series and
        // its answer is left to the other rules (rated bad, under a credit: boilerplate).
        const std::string lone = region99_listicle(r.head, r.items, false);
        INFO(lone);
        CHECK_FALSE(test::in_text(classify(segment(lone), r.lang), r.items[1]));
    }
}

TEST_CASE("a one-word advice heading heads the list of advice closing the text", "[region][region99]") {
    const std::string es_head =
        "Tiempo\n\nAlerta preventiva por lluvias en la costa de Puerto Ensenada\n\nPor Redacción\n\n7 de diciembre "
        "de 2026 - 10:12 hs\n\nLa oficina de emergencia declaró el lunes una alerta preventiva para la costa de "
        "Puerto Ensenada por un sistema frontal que llegará esta noche.\n\nLos meteorólogos anticipan entre 40 y 80 "
        "milímetros de lluvia en un día, con ráfagas de hasta 90 kilómetros por hora en la costa.";
    const std::string de_head =
        "Wetter\n\nSturmwarnung für das Ufer bei Kesselbach\n\nVon Jana Overbeck\n\n7. Dezember 2026, 10:12 Uhr\n\n"
        "Der Wetterdienst hat am Montag eine Unwetterwarnung für das Ufer bei Kesselbach ausgegeben, wo ab dem Abend "
        "mit starkem Regen gerechnet wird.\n\nDie Meteorologen erwarten bis zu 80 Liter Regen pro Quadratmeter und "
        "Böen bis 90 Kilometer pro Stunde am See.";
    const std::string fr_head =
        "Météo\n\nAlerte aux orages sur le lac de Morvanges\n\nPar Odile Charvet\n\nPublié le 7 décembre 2026 à "
        "10h12\n\nLa préfecture a déclenché lundi une vigilance orange aux orages autour du lac de Morvanges, où de "
        "fortes pluies sont attendues dès ce soir.\n\nLes prévisionnistes annoncent jusqu'à 80 millimètres de pluie "
        "en une journée, avec des rafales jusqu'à 90 kilomètres par heure sur le lac.";
    struct Row {
        const char* lang;
        std::string head;
        const char* word;
        const char* first;
        const char* second;
    };
    const Row rows[] = {
        {"es", es_head, "Recomendaciones", "Mantener linternas y radios con pilas.",
         "Evitar transitar por la costa durante el temporal."},
        {"de", de_head, "Tipps", "Meiden Sie die Uferstraße während des Sturms.",
         "Halten Sie Taschenlampe und Radio bereit."},
        {"fr", fr_head, "Conseils", "Évitez la route du lac pendant l'orage.",
         "Gardez une lampe et une radio à portée de main."},
    };
    for (const auto& r : rows) {
        const std::string page =
            r.head + "\n\n" + r.word + "\n" + r.first + "\n" + r.second + "\n\nCompartir\nFacebook\n";
        INFO(page);
        const Article a = classify(segment(page), r.lang);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.back().heading == std::optional<std::string>(r.word));
        CHECK(test::in_text(a, r.first));
        CHECK(test::in_text(a, r.second));
        // Near miss: a word that names no advice over the same lines heads nothing (its lines stay out as before).
        const std::string gallery =
            r.head + "\n\nGalería\n" + r.first + "\n" + r.second + "\n\nCompartir\nFacebook\n";
        INFO(gallery);
        const Article g = classify(segment(gallery), r.lang);
        for (const auto& section : g.sections)
            CHECK(section.heading != std::optional<std::string>("Galería"));
    }
}

TEST_CASE("an advice list printed without blank lines keeps its terse items up to the next kind of line",
          "[region][region99]") {
    struct Row {
        const char* lang;
        std::string page; // ending in the advice heading, its items, a sign-up line, the share buttons
        const char* heading;
        const char* terse; // the last item, few of its words stopwords
        const char* signup;
    };
    const Row rows[] = {
        {"fr",
         "Le Courrier du Lac\nAccueil\nMétéo\nAlerte aux orages sur le lac de Morvanges\nPar Odile "
         "Charvet\nPublié le 7 décembre 2026 à 10h12\nLa préfecture a déclenché lundi une vigilance "
         "orange aux orages autour du lac de Morvanges, où de fortes pluies sont attendues dès ce soir.\n"
         "Les prévisionnistes annoncent jusqu'à 80 millimètres de pluie en une journée, avec des rafales "
         "jusqu'à 90 kilomètres par heure sur le lac.\nConseils\nÉvitez la route du lac pendant "
         "l'orage.\nGardez une lampe et une radio à portée de main.\nÉvitez les berges.\nAbonnez-vous à "
         "notre lettre\nPartager\nFacebook\n",
         "Conseils", "Évitez les berges.", "Abonnez-vous à notre lettre"},
        {"es",
         "Diario del Sur\nInicio\nTiempo\nAlerta preventiva por lluvias en la costa de Puerto Ensenada\n"
         "Por Redacción\n7 de diciembre de 2026 - 10:12 hs\nLa oficina de emergencia declaró el lunes "
         "una alerta preventiva para la costa de Puerto Ensenada por un sistema frontal que llegará esta "
         "noche.\nLos meteorólogos anticipan entre 40 y 80 milímetros de lluvia en un día, con ráfagas "
         "de hasta 90 kilómetros por hora en la costa.\nRecomendaciones\nMantener linternas y radios con "
         "pilas.\nEvitar transitar por la costa durante el temporal.\nInformarse por canales oficiales.\n"
         "Suscríbete a nuestro boletín\nCompartir\nFacebook\n",
         "Recomendaciones", "Informarse por canales oficiales.", "Suscríbete a nuestro boletín"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.back().heading == std::optional<std::string>(r.heading));
        CHECK(test::in_text(a, r.terse));
        CHECK_FALSE(test::in_text(a, r.signup));
        // Near miss: under a word that names no advice the terse line stays out.
        std::string gallery = r.page;
        gallery.replace(gallery.find(r.heading), std::string(r.heading).size(), "Galería");
        INFO(gallery);
        CHECK_FALSE(test::in_text(classify(segment(gallery), r.lang), r.terse));
    }
}

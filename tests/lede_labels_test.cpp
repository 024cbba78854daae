// Tests of the lede: a standfirst without a full stop under the headline, parted from the body by labels (the kind of
// publication, the institution), share buttons and a picture's placeholder, is the article's lede; a teaser printed
// again, a prompt or a line followed by other text is not. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

namespace {

// The body of the pages below: three paragraphs in each language.
const char* body_of(std::string_view language) {
    if (language == "de")
        return "Wiesen, die im Frühjahr zwei Wochen später gemäht werden, beherbergen deutlich mehr Insekten als "
               "früh gemähte Flächen. Das zeigt eine Studie, die ein Team der Universität Kellerbach über sechs Jahre "
               "auf vierzig Wiesen im Mittelgebirge durchgeführt hat.\n\n"
               "Die Forschenden zählten Käfer, Heuschrecken und Wildbienen jeweils im Juni und im August. Auf den spät "
               "gemähten Flächen fanden sie im Mittel fast doppelt so viele Arten wie auf den Vergleichsflächen.\n\n"
               "„Für die Landwirte bedeutet das kaum Ertragsverluste, für die Insekten aber sehr viel“, sagte die "
               "Leiterin der Studie. Das Team empfiehlt, die Mahd in Schutzgebieten grundsätzlich zu verschieben.\n";
    if (language == "fr")
        return "Les prairies fauchées deux semaines plus tard au printemps abritent nettement plus d'insectes que "
               "celles fauchées tôt. C'est ce que montre une étude menée pendant six ans par une équipe de "
               "l'université de Valmont sur quarante prairies de moyenne montagne.\n\n"
               "Les chercheurs ont compté les coléoptères, les criquets et les abeilles sauvages en juin puis en août. "
               "Sur les parcelles fauchées tard, ils ont trouvé en moyenne presque deux fois plus d'espèces.\n\n"
               "« Pour les agriculteurs, la perte de rendement est minime, pour les insectes le gain est énorme », a "
               "déclaré la responsable de l'étude. L'équipe recommande de retarder la fauche dans les zones protégées.\n";
    if (language == "es")
        return "Los prados que se siegan dos semanas más tarde en primavera albergan muchos más insectos que los "
               "segados pronto. Así lo muestra un estudio realizado durante seis años por un equipo de la Universidad "
               "de Valdemora en cuarenta prados de media montaña.\n\n"
               "Los investigadores contaron escarabajos, saltamontes y abejas silvestres en junio y en agosto. En las "
               "parcelas segadas tarde encontraron de media casi el doble de especies que en las demás.\n\n"
               "«Para los agricultores la pérdida es mínima, para los insectos la ganancia es enorme», dijo la "
               "directora del estudio. El equipo recomienda retrasar la siega en las zonas protegidas.\n";
    return "Meadows mown two weeks later in spring hold far more insects than meadows mown early, according to a "
           "study that a team at the University of Kellbridge carried out over six years on forty upland meadows.\n\n"
           "The researchers counted beetles, grasshoppers and wild bees in June and again in August. On the late-mown "
           "plots they found on average almost twice as many species as on the others.\n\n"
           "\"For farmers the loss of hay is small, for the insects the gain is huge,\" said the lead author of the "
           "study. The team recommends that mowing be delayed in protected areas.\n";
}

struct Row {
    const char* language;
    const char* head;       // the headline and the standfirst
    const char* labels;     // the lines between the standfirst and the body
    const char* standfirst; // the lede sought, or an empty string for none
};

// The page of a row: its head, its labels and the body in its language, classified.
Article classified(const Row& r) {
    const std::string page = std::string(r.head) + "\n" + r.labels + "\n" + body_of(r.language);
    return classify(segment(page), r.language);
}

} // namespace

TEST_CASE("a standfirst over labels and buttons is the lede", "[classify][lede]") {
    const Row rows[] = {
        {"en",
         "Late mowing doubles the insects of upland meadows, six-year study finds\n"
         "Forty meadows counted twice a year show that two weeks of waiting matter more than sowing flowers\n",
         "Peer-Reviewed Publication\nUniversity of Kellbridge\n\nShare\nPrint\nE-Mail\n\n"
         "[Image: Wild bees on a late-mown meadow in June]\n",
         "Forty meadows counted twice a year show that two weeks of waiting matter more than sowing flowers"},
        {"de",
         "Späte Mahd verdoppelt die Insekten auf Bergwiesen\n"
         "Sechs Jahre Zählungen auf vierzig Wiesen zeigen, dass zwei Wochen Geduld mehr bringen als Blühstreifen\n",
         "Forschungsmeldung\nUniversität Kellerbach\n\nTeilen\nDrucken\n\n[Bild: Wildbienen auf einer Bergwiese]\n",
         "Sechs Jahre Zählungen auf vierzig Wiesen zeigen, dass zwei Wochen Geduld mehr bringen als Blühstreifen"},
        {"fr",
         "La fauche tardive double les insectes des prairies de montagne\n"
         "Quarante prairies suivies pendant six ans montrent que deux semaines d'attente comptent plus que les "
         "semis de fleurs\n",
         "Communiqué de presse\nUniversité de Valmont\n\nPartager\nImprimer\n\n"
         "[Image : abeilles sauvages sur une prairie en juin]\n",
         "Quarante prairies suivies pendant six ans montrent que deux semaines d'attente comptent plus que les "
         "semis de fleurs"},
        {"es",
         "La siega tardía duplica los insectos de los prados de montaña\n"
         "Cuarenta prados estudiados durante seis años muestran que esperar dos semanas importa más que sembrar "
         "flores\n",
         "Nota de prensa\nUniversidad de Valdemora\n\nCompartir\nImprimir\n",
         "Cuarenta prados estudiados durante seis años muestran que esperar dos semanas importa más que sembrar "
         "flores"},
    };
    for (const auto& r : rows) {
        INFO(r.language);
        const Article a = classified(r);
        CHECK(a.lede.value_or("") == r.standfirst);
        CHECK(a.sections.size() == 1);
    }
}

TEST_CASE("a teaser, a prompt or a line over other text under the headline is no lede over labels",
          "[classify][lede]") {
    const Row rows[] = {
        // A line printed again further down is a teaser's summary in a list, not this article's standfirst.
        {"en",
         "Late mowing doubles the insects of upland meadows, six-year study finds\n"
         "Forty meadows counted twice a year show that two weeks of waiting matter more than sowing flowers\n",
         "Peer-Reviewed Publication\nUniversity of Kellbridge\n\nShare\nPrint\n\nMore from the university\n"
         "Forty meadows counted twice a year show that two weeks of waiting matter more than sowing flowers\n",
         ""},
        // A prompt to subscribe under the headline.
        {"de",
         "Späte Mahd verdoppelt die Insekten auf Bergwiesen\n"
         "Jetzt den Newsletter abonnieren und jeden Morgen die wichtigsten Nachrichten aus der Region erhalten\n",
         "Forschungsmeldung\nUniversität Kellerbach\n\nTeilen\nDrucken\n",
         ""},
        // The title of another article between the line and the body: a list of titles and their summaries.
        {"fr",
         "La fauche tardive double les insectes des prairies de montagne\n"
         "Quarante prairies suivies pendant six ans montrent que deux semaines d'attente comptent plus que les "
         "semis de fleurs\n",
         "Partager\nImprimer\n\nLes abeilles sauvages reviennent dans les vergers de la vallée du Rhône\n\nPartager\n",
         ""},
    };
    for (const auto& r : rows) {
        INFO(r.language);
        const Article a = classified(r);
        CHECK_FALSE(a.lede);
    }
}

TEST_CASE("a standfirst over a newsroom's signature or a place line and then the date is the lede", "[classify][lede]") {
    const Row rows[] = {
        {"es",
         "La siega tardía duplica los insectos de los prados de montaña\n\n"
         "Un estudio de seis años en cuarenta prados lo confirma. Los agricultores apenas pierden cosecha.\n",
         "Redacción\nValdemora\n12/06/2026 10:15 h\n",
         "Un estudio de seis años en cuarenta prados lo confirma. Los agricultores apenas pierden cosecha."},
        {"de",
         "Späte Mahd verdoppelt die Insekten auf Bergwiesen\n\n"
         "Eine Studie über sechs Jahre auf vierzig Wiesen belegt es. Die Landwirte verlieren kaum Ertrag.\n",
         "Redaktion\nKellerbach\n12.06.2026, 10:15 Uhr\n",
         "Eine Studie über sechs Jahre auf vierzig Wiesen belegt es. Die Landwirte verlieren kaum Ertrag."},
        {"fr",
         "La fauche tardive double les insectes des prairies de montagne\n\n"
         "Une étude de six ans sur quarante prairies le confirme. Les agriculteurs ne perdent presque rien.\n",
         "La Rédaction\nValmont\nPublié le 12 juin 2026 à 10h15\n",
         "Une étude de six ans sur quarante prairies le confirme. Les agriculteurs ne perdent presque rien."},
        {"en",
         "Late mowing doubles the insects of upland meadows\n\n"
         "A six-year study of forty meadows confirms it. Farmers lose hardly any hay by waiting.\n",
         "Staff Reporter\nKellbridge\nJune 12, 2026 10:15 AM\n",
         "A six-year study of forty meadows confirms it. Farmers lose hardly any hay by waiting."},
    };
    for (const auto& r : rows) {
        INFO(r.language);
        const Article a = classified(r);
        CHECK(a.lede.value_or("") == r.standfirst);
        CHECK(a.published.has_value());
    }
}

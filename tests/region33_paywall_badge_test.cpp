// A subscribers' badge under the article's head ("Article réservé aux abonnés", "Nur für Abonnenten"), over the
// first paragraph with a related box under that paragraph, cuts nothing: the only prose over it is the standfirst,
// so one paragraph under it is enough (cut_at_paywall(), paywall_badge()), and the badge itself leaves the body
// (drop_paywall_badges()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

const std::string fr_page =
               "Le Monde\n"
               "International\n"
               "Politique\n"
               "Société\n"
               "Économie\n"
               "Éducation\n"
               "La réforme du bac contestée par les syndicats enseignants\n"
               "Les organisations appellent à une journée de grève le 12 février contre la suppression des épreuves de spécialité en mars.\n"
               "Par Camille Durand\n"
               "Publié aujourd'hui à 06h00, modifié à 08h12\n"
               "Article réservé aux abonnés\n"
               "Offrir cet article\n"
               "Les syndicats enseignants ont annoncé mardi un appel commun à la grève. Ils dénoncent une réforme menée dans la précipitation.\n"
               "Sur le même sujet\n"
               "Bac 2024 : ce qui change pour les lycéens\n"
               "Le ministre de l'éducation défend un calendrier plus lisible. Selon lui, les élèves auront davantage de temps pour préparer les épreuves.\n"
               "Les parents d'élèves sont partagés.\n"
               "Il vous reste 62.41% de cet article à lire. La suite est réservée aux abonnés.\n"
               "Déjà abonné ? Se connecter\n"
               "Camille Durand\n"
               "Contribuer\n"
               "Réutiliser ce contenu\n";

const std::string de_page =
               "Die Zeitung\n"
               "International\n"
               "Politik\n"
               "Gesellschaft\n"
               "Wirtschaft\n"
               "Bildung\n"
               "Die Reform des Abiturs stösst bei den Lehrergewerkschaften auf Widerstand\n"
               "Die Verbände rufen für den 12. Februar zu einem Streiktag gegen die Streichung der Prüfungen im März auf.\n"
               "Von Lena Sommer\n"
               "12.02.2026, 06.00 Uhr\n"
               "Nur für Abonnenten\n"
               "Artikel verschenken\n"
               "Die Lehrergewerkschaften haben am Dienstag gemeinsam zum Streik aufgerufen. Sie kritisieren eine überstürzte Reform.\n"
               "Mehr zum Thema\n"
               "Abitur 2026: Was sich für die Schüler ändert\n"
               "Der Bildungsminister verteidigt einen übersichtlicheren Kalender. Nach seinen Worten haben die Schüler so mehr Zeit für die Vorbereitung.\n"
               "Die Eltern sind geteilter Meinung.\n"
               "Sie haben noch 62 Prozent dieses Artikels vor sich. Der Rest ist Abonnenten vorbehalten.\n"
               "Bereits Abonnent? Anmelden\n"
               "Lena Sommer\n"
               "Mitmachen\n"
               "Inhalt weiterverwenden\n";

} // namespace

TEST_CASE("a subscribers' badge under the head over one paragraph and a related box keeps the paragraph",
          "[region][region33]") {
    const struct {
        const std::string& page;
        const char* paragraph;
        const char* badge;
    } rows[] = {
        {fr_page, "Les syndicats enseignants ont annoncé mardi", "Article réservé aux abonnés"},
        {de_page, "Die Lehrergewerkschaften haben am Dienstag", "Nur für Abonnenten"},
    };
    for (const auto& r : rows) {
        INFO(r.badge);
        const Article a = parse(r.page);
        CHECK(test::has_paragraph_starting(a, r.paragraph));
        CHECK(test::in_boilerplate(a, r.badge));
        CHECK_FALSE(test::in_text(a, r.badge));
    }
}

TEST_CASE("a subscribers' badge under two paragraphs of text still cuts the article", "[region][region33]") {
    // the second paragraph over the badge: the badge is the paywall's cut, the teaser under it is no text
    const std::string page = test::replaced(fr_page, "Article réservé aux abonnés\nOffrir cet article\n", "");
    const std::string cut = test::replaced(
        page, "Sur le même sujet\n",
        "Le mouvement pourrait toucher la moitié des lycées du pays selon les premières estimations.\n"
        "Article réservé aux abonnés\nOffrir cet article\n"
        "Découvrez toutes nos offres et abonnez-vous dès maintenant pour lire la suite de cet article.\n"
        "Sur le même sujet\n");
    const Article a = parse(cut);
    CHECK(test::has_paragraph_starting(a, "Le mouvement pourrait toucher"));
    CHECK_FALSE(test::has_paragraph_starting(a, "Découvrez toutes nos offres"));
}

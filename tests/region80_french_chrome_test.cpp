// The chrome of French pages that are no press articles: a blog's sharing box written with a space before its colon
// ("Partager :", "J'aime ça :"), affiliate notices in Romance languages ("liens affiliés", "enlaces de afiliados"),
// and a wiki's tagline and footer ("Un article de Wikipédia, l'encyclopédie libre.", "La dernière modification de
// cette page a été faite le …"). Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::block_of;
using archive::test::paragraphs_of;

TEST_CASE("a sharing box's label with a space before its colon ends the article", "[classify][endings][region80]") {
    for (const char* line : {"Partager :", "Partager\u00a0:", "J'aime ça :", "J’aime ça\u202f:", "Teilen mit :",
                             "Share this :", "Partager cet article :"}) {
        INFO(line);
        CHECK(is_terminator(block_of(line)));
    }
    // a share button alone, printed over the article as often as under it, and a sentence closed by a colon
    for (const char* line : {"Partager", "Voici ce qu'il faut partager :", "J'aime ça", "Nous avons dit :"}) {
        INFO(line);
        CHECK_FALSE(is_terminator(block_of(line)));
    }
}

TEST_CASE("an affiliate notice in French, Spanish or Italian is boilerplate", "[classify][boilerplate][region80]") {
    for (const char* line :
         {"Cet article contient des liens affiliés : si vous achetez par ces liens, le site peut percevoir une "
          "commission.",
          "Certains liens de cette page sont des liens d'affiliation.",
          "Si vous achetez un produit depuis cette page, Maison Pratique peut percevoir une commission.",
          "Este artículo contiene enlaces de afiliados: si compras a través de ellos, recibimos una parte.",
          "Questo articolo contiene link affiliati: se acquisti tramite questi link, il sito può ricevere una "
          "commissione."}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    for (const char* line : {"La commission des finances a rendu son rapport sur le budget du port.",
                             "Le club s'est affilié à la fédération régionale en 1998, rappelle le président.",
                             "La comisión de afiliados del sindicato se reunirá el lunes en el puerto."}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

namespace {

// A wiki's article, its tagline `tagline` under the title and its footer `footer` under the categories.
std::string wiki_page(const std::string& tagline, const std::string& footer, bool french) {
    const std::string top = french ? "Accueil\nPortails thématiques\nArticle au hasard\nArticle\nDiscussion\nLire\n"
                                     "Modifier\nVoir l'historique\nLavoir de la Fontaine-Blanche\n"
                                   : "Hauptseite\nZufälliger Artikel\nArtikel\nDiskussion\nLesen\nBearbeiten\n"
                                     "Versionsgeschichte\nWaschhaus am Weißen Brunnen\n";
    const std::string body =
        french ? "Le lavoir de la Fontaine-Blanche est un lavoir couvert construit en 1862 au bord du ruisseau du "
                 "Moulinet, sur la commune de Saint-Aubrel.\nHistoire\nLa commune fit bâtir le lavoir après "
                 "l'épidémie de 1859, pour que les laveuses ne descendent plus jusqu'à la rivière.\nIl servit "
                 "jusqu'en 1968, puis une association le restaura entre 2004 et 2006.\nCatégories :\nLavoir en "
                 "Bretagne\nPatrimoine du XIXe siècle\n"
               : "Das Waschhaus am Weißen Brunnen ist ein überdachtes Waschhaus aus dem Jahr 1862 am Mühlbach in der "
                 "Gemeinde Oberaubach.\nGeschichte\nDie Gemeinde ließ das Waschhaus nach der Seuche von 1859 "
                 "errichten, damit die Wäscherinnen nicht mehr zum Fluss hinabsteigen mussten.\nEs diente bis 1968, "
                 "dann restaurierte es ein Verein zwischen 2004 und 2006.\nKategorien:\nWaschhaus in Franken\n"
                 "Baudenkmal des 19. Jahrhunderts\n";
    const std::string bottom = french ? "Le contenu est disponible sous licence CC BY-SA 4.0.\nPolitique de "
                                        "confidentialité\nÀ propos\nVersion mobile\n"
                                      : "Der Inhalt ist verfügbar unter CC BY-SA 4.0.\nDatenschutz\nImpressum\n";
    return top + tagline + "\n" + body + footer + "\n" + bottom;
}

} // namespace

TEST_CASE("a wiki's tagline is boilerplate and its footer dates the last edit", "[classify][region80]") {
    struct Row {
        const char* tagline;
        const char* footer;
        const char* updated;
        bool french;
    };
    const std::vector<Row> rows = {
        {"Un article de Wikipédia, l'encyclopédie libre.",
         "La dernière modification de cette page a été faite le 3 décembre 2026 à 14:22.", "2026-12-03T14:22", true},
        {"Un article de Wikipédia, l’encyclopédie libre",
         "Cette page a été modifiée pour la dernière fois le 3 décembre 2026 à 14:22.", "2026-12-03T14:22", true},
        {"Aus Wikipedia, der freien Enzyklopädie", "Zuletzt bearbeitet am 3. Dezember 2026 um 14:22 Uhr.",
         "2026-12-03T14:22", false},
    };
    for (const Row& r : rows) {
        INFO(r.footer);
        const Article a = classify(segment(wiki_page(r.tagline, r.footer, r.french)), r.french ? "fr" : "de");
        REQUIRE(a.updated.has_value());
        CHECK(*a.updated == r.updated);
        // the tagline is no paragraph of the text, with or without its final stop
        const auto paragraphs = paragraphs_of(a);
        REQUIRE_FALSE(paragraphs.empty());
        CHECK(paragraphs.front().starts_with(r.french ? "Le lavoir" : "Das Waschhaus"));
    }
}

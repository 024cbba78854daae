// A regional site's masthead printed over today's date, opened by its weekday, with the site's menu under them
// ("Região da Batalha" / "Sexta-feira, 5 Dezembro, 2026" / "Assinaturas" / "Edição Digital" / "Início" / ...): the
// site's name is no headline, though the text repeats its words; the article's title under the menu is. Invented
// pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {

struct Row {
    const char* page;
    const char* headline;
    const char* masthead;
};

} // namespace

TEST_CASE("a masthead over today's date and the menu is no headline", "[headline][head84]") {
    const Row rows[] = {
        {R"(Saltar para o conteúdo
Região da Batalha
Sexta-feira, 5 Dezembro, 2026
Assinaturas
Edição Digital
Início
Sociedade
Economia
Desporto
Opinião
Sociedade
Batalha: escola primária reabre depois de obras de dois anos
Redação
5 Dezembro, 2026
Partilhar no Facebook
A escola primária da Batalha reabriu esta sexta-feira depois de dois anos de obras, com novas salas de aula e um refeitório ampliado.
A obra custou 1,8 milhões de euros, pagos em partes iguais pela câmara municipal e por fundos europeus.
Os alunos tiveram aulas durante as obras num pavilhão provisório instalado no recinto da feira.
“Foram dois anos difíceis para as famílias, mas valeu a pena esperar”, disse a diretora do agrupamento, Helena Moura Santos.
O presidente da câmara lembrou que a escola tem hoje mais 40 alunos do que antes das obras e que a lista de espera continua a crescer, com famílias que chegam de toda a região.
A autarquia quer agora ampliar o pavilhão desportivo, uma obra que deverá começar no verão do próximo ano.
As aulas no novo edifício começam na segunda-feira, com horário normal para todas as turmas.
)",
         "Batalha: escola primária reabre depois de obras de dois anos", "Região da Batalha"},
        {R"(Ir al contenido
Comarca de Alzira
Viernes, 5 de diciembre de 2026
Suscríbete
Edición impresa
Portada
Local
Comarca
Deportes
Opinión
Local
Alzira: el mercado municipal reabre tras dos años de obras
Redacción
5 de diciembre de 2026
Compartir en Facebook
El mercado municipal de Alzira reabrió este viernes tras dos años de obras, con nuevos puestos y un aparcamiento subterráneo.
La obra ha costado 3,2 millones de euros, pagados a partes iguales por el ayuntamiento y por fondos europeos.
Los vendedores trabajaron durante las obras en una carpa provisional instalada en la plaza mayor. Es el mayor mercado cubierto de la comarca.
)",
         "Alzira: el mercado municipal reabre tras dos años de obras", "Comarca de Alzira"},
        {R"(Aller au contenu
Pays de Lisieux
Vendredi 5 décembre 2026
Abonnements
Édition numérique
Accueil
Actualité
Sports
Opinions
Actualité
Lisieux : l'école du centre rouvre après deux ans de travaux
Rédaction
5 décembre 2026
Partager sur Facebook
L'école du centre de Lisieux a rouvert ses portes vendredi après deux ans de travaux, avec de nouvelles salles de classe et une cantine agrandie.
Le chantier a coûté 2,1 millions d'euros, payés à parts égales par la commune et par des fonds européens.
Les élèves ont suivi leurs cours pendant les travaux dans des bâtiments provisoires installés sur le parking. C'est la plus grande école du pays d'Auge.
)",
         "Lisieux : l'école du centre rouvre après deux ans de travaux", "Pays de Lisieux"},
        {R"(Zum Inhalt springen
Landkreis Marburg
Freitag, 5. Dezember 2026
Abo
E-Paper
Startseite
Lokales
Sport
Meinung
Lokales
Marburg: Grundschule am Markt öffnet nach zwei Jahren Umbau wieder
Redaktion
5. Dezember 2026
Auf Facebook teilen
Die Grundschule am Markt in Marburg hat am Freitag nach zwei Jahren Umbau wieder geöffnet, mit neuen Klassenzimmern und einer größeren Mensa.
Der Umbau kostete 2,4 Millionen Euro, die Stadt und Land zu gleichen Teilen bezahlten.
Die Kinder wurden während der Bauzeit in Containern auf dem Schulhof unterrichtet. Es ist die größte Grundschule im Landkreis.
)",
         "Marburg: Grundschule am Markt öffnet nach zwei Jahren Umbau wieder", "Landkreis Marburg"},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") != r.masthead);
        CHECK(a.published.value_or("").starts_with("2026-12-05"));
    }
}

TEST_CASE("a short title over a weekday's date and share buttons stays the headline", "[headline][head84]") {
    // Under the date, share buttons, no menu: the line over the date is the article's title.
    const archive::Article a = archive::parse(R"(News
Ferry fares rise again
Friday, 5 December 2026
Share
Tweet
Email
The harbour ferry company will raise its fares by eight per cent from January, the third rise in two years.
The company blamed the cost of fuel and of repairs to the older boats after the autumn storms.
Commuters who cross every day said the new fares would cost them more than two hundred pounds a year.
The ferry company said it had no choice and that the fares were still lower than on other routes on the coast.
)",
                                              "x");
    CHECK(a.headline.value_or("") == "Ferry fares rise again");
}

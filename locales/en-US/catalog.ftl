## Printer catalog: why a printer is in the search results
catalog-why-exact = Model number { $model } matches.
catalog-why-same-number = { $typed } has the same number as { $model }.
catalog-why-number-only = { $typed } is the number of { $model }.
catalog-why-beginning = { $model } begins with { $typed }.
catalog-why-in-series = { $typed } belongs to the { $model } series ({ $first } to { $last }).
catalog-why-series-covers = The { $typed } series ({ $first } to { $last }) includes { $model }.
catalog-why-words = The words of the name match.

## Command line: lookup
cli-lookup-none = No HP printer matches “{ $query }”. Check the name on the front of the printer or on its label.
cli-lookup-yes = yes
cli-lookup-no = no
cli-lookup-facts = Wi-Fi: { $wifi }. Network cable: { $cable }. Web page: { $web }.
cli-lookup-names = Also sold as: { $names }

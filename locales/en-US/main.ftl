# English (United States): the reference locale. Every other locale has exactly these ids.
language-name = English

## PIN verdicts (window and command line)
pin-valid-8 = { $pin } is a valid PIN: the last digit matches the others.
pin-valid-4 = { $pin } is a 4-digit PIN. Four-digit PINs have no check digit, so please compare it digit by digit.
pin-wrong-check-digit = The last digit does not match the others: we expected { $expected }. Please check the PIN again.
pin-empty = Type the PIN: 8 digits (sometimes 4).
pin-wrong-length = { $count ->
    [one] You typed 1 digit. A WPS PIN has 8 digits (sometimes 4).
   *[other] You typed { $count } digits. A WPS PIN has 8 digits (sometimes 4).
}
pin-not-a-digit = “{ $character }” is not a digit. A WPS PIN has only the digits 0 to 9.
pin-warning-well-known = This is a well-known default PIN that is published on the internet. Anyone nearby could use it, so turn WPS off on your router after setup.
cli-warning = Warning: { $message }

// zlib: Node's gzip of 20000 bytes (made by Node's zlib, Chromium's fork)
// inflated here, and the same text gzipped here at every level inflated
// back. tests/boot/zlib-cross.sh checks the other way: the image's gzip
// gunzipped by Node.
var zlib = require('zlib');
var crypto = require('crypto');

var seed = 1234567;
function next() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed;
}
function text(n) {
  // (joined, not +=: mujs's collector counts objects, not bytes, so a
  // long += chain can fill a small image's heap before it runs)
  var words = ['unijs ', 'boots ', 'one ', 'service ', 'per ', 'image ', 'zlib ', 'gzip\n'], parts = [], len = 0;
  while (len < n) { var w = words[next() % words.length]; parts.push(w); len += w.length; }
  return parts.join('').slice(0, n);
}
var want = text(20000);
var fromNode =
  'H4sIAAAAAAAAA42bzbLcRBSD9zxFXo1QKepSELsSYJGnp2aMu6VPOoZFhhnfcXeff0kefvz+8fnT+eXb+9+P14fj65dPv/74OH/6' +
  '6+vHb9/fHz8fx5/Xu9e3vn/59vfHL1+ub79frm9+/PHzr/9evb9y/eF6lTWv19darzVtvfe3Xlev1d4fr7eyvK5yXdYr16sfYVtw' +
  'X3+918+3D+7P1x3v/deZ3m+uP1zbunOW+3SPPOW27voct72Oca16vd6Oev13L0FXFve/P1zX70tu0PW32/RrN4Zd4nZdsNX3fTsd' +
  'MqDvd7LcvaNbtU/jp1ypKf6nm/fV95fMXERIMku9LKl2322GeFqtw9l3mFQa5m2n+tlduu0Wn+rXpZRalkRa7WAu12xPMjTimP1i' +
  '9tk5NV01gF5B4vIdX7c6+kPLrJ3y7Du69/6W1jK3F5uxFYt7KCzPUTfYfCT3oqLobBYfwrSNWidWq9zSnfCajOI9NbM6R/bkQZft' +
  'lvGxbHFDDw7Hihxz7ZeBZokycBaYbZwWyGMSp+OQLyUr9jZ+RUpgb2O7Lw9KWuMuNmg3XM2PGY3j7saPLTKjJ4vY8eXED71z9yk1' +
  'xIDHPRToLbf29geM8i/pFamwDHhDBfdZ9N9Kq50hu6ZzFnmx7OMue/WWYaba7eJJGM9W410/SnM7WOKYCMrm7zrJLuJegqXu92nV' +
  '+Z5Ry8q9fhsI7G8FrcVMDyM597zR3580R7nOPqR+i94dil1t0NfWbgj3WHgrLxy6R5uLu1dilNIlsgwciInk48p72bo0jRx1naRw' +
  'gZoV9XgqokwIv4jxicT1FPvM+Tp6q2UAQNeKkR6kAHZvMujZrXVoiNFyAOnUlL2wn7q9M46TW3O+TggsfU03rI2smSxnRk1mxbQS' +
  'J/gnM/wfI8SrDCw5Z5RXGjsQAAWrrnb6gDY2mIKHo5mqz5uHkDac1952Agv7oTHJwm7jgQli4tSt3PbJ8ypzysform4Cv1yJB5Q8' +
  '6h5Ja7z8dXH1dIAylihyGV63vCjwa+C9rY/uLSPKT16zJjEx20KrHM9RJWlkuhJRUKYGknxeesAiRTm2AP5yb6uhQg0DdGEz+qAj' +
  'qwKcqABQWqP2wPYVDggU0ZurBJouy77JHPZIZVSKPFBTfHB25vLd5APktt6i2V3ASApdFSkRYbC95zINEbbGMpyiSaByHuLJhOYV' +
  't9d+X4PlOLozfj3Kcx2eIUqzeLbXh37Vs+kp7a0l9bA9NAzfJxGP3lo9GCCIA/m/6sJD0BFToEhfOo89Scngu7Nw4CwlfQGYwfLJ' +
  '/gr4FB2r4WuwyYEgTcGcZbwAVg3+k4K7yzvWYMolziRPbBMn8y96RagShIBP02Jk/s+QetTXdtvw5o3TzPo0Ia7VkgTT+2RiMUpA' +
  'yfaTzHRKM0HMxEcD9SB3Ld6OiCQQXRU0wLRTHsqgWHdATjy96eNbZbT0bCKTENgruPCE6AOS0KpL9ykuVumJbNxRS8DDaO/SOGNt' +
  'jwS2ryqdnb6DUFJ+woWJ5pACV/Me5pYLqh3A3PnQeuT+OJCtvbhN6CKNNimjqCeN+Xi9qm2QU0rxRJSPeO7WeZ2fOXqzCuOtLdLU' +
  'qgFRzyqUPUlKi1+UaMe3VDscDnp7bThlGKx4KV0Qfd6BXBlXKWi3TM5IBKpOhbMFqzJX0tRyHd24RaYBiqAosuSgOuSQn67MhR69' +
  'kOOLICfBTJsWFY4UgVV6R+UUWMEDXlWwQQcI+o8cDGCeEweFiElDv7GEJhqJ+d4Jf8Ybt3WuF1iR/W3bUIXPqBxP9/IAYeKQ+2u0' +
  'NTMpq345WA2roGsWHzgRGMjIwSi6VhGl/vPu0x4TZmKBM8dUNZUW4iTkvkKJa/mQNLBNzKJRanih0rAZtvbSIVE21tN+6BCMNmks' +
  'NK8s6WwWebLcMXwZjz4CBoGFcjzhoGf82gbjn4JYzf+snf4XDocmEQSAc2SwkydJg2tCE5DNVql/3aV8yLO1HllPg/aXEPwCgSW8' +
  'QOVMk4+dPsDbWK3o3Uf+JAF6Rpna0b2sFdaObuC+KDTq70oIasMaunnH50/EwBL6mH8y+BSTYQ2spEnXQKgks5E/O/T2uhcXMJys' +
  '1bO1oKOGUSZ214soJIJRoR4kcljRWRe1htISh0Q+6m9zsv0e+O1ZKWsE48CPg/idIkNZjrd+efanYTsuFVodRcR3Bydn7OglKh4K' +
  'rNRPzM+clmnbpBEGI9awkBJlD7baQQkmV/H7MzmsfbQD7Jd2ZI581tO0fSCZAdxr9M98vO4JGoMslpNtO6PAwKUzshV33ltyH23o' +
  'aL9GzO5z1J+bTPWrxxtgUGai8yZv3HI2dsSCnimTTM20l1yj9hhhPju8zRRmckIFO+JH9XalKwipVAdCd/cbACzgJzHXVKmNBE+y' +
  'DLUib9IFyneu7gsMUMFzZPBfb2QIaPLxMoqAG87yM61Cjws2aGiLyKxm/HZdwlpi/6aK7q1qL9BXSkOt7E48HaPIXbyRioBLkZ4z' +
  '7uKSRkPad8mVMCFow7Zs7dI1yeFOpGnoG1on7ln6L9wxJiUORV2u1QIwLhp0FImbHuqBll+trQIb2UBofsOW/NfaNHUKeKjkY1Px' +
  '0djZHzSK1m8KjdP78m6yl+iCc+8fWkUbTKza5VEmTI1CDA9HtZ4cqI3si97AUimaTAKlPu2xSisx3+Nhcmi3q3kx8d365Q7FB2S1' +
  'zCk+Oot6xworZU58TpmjjHsgrllQCiKeJaXO9AwrtdGojnwEI8tDnyaBWddOLx0QuOosAPAkSSo86lEOJxs++PSKkgTxqA88UpDT' +
  'H4jiY+bkOJgJ75RnJ8UYyfBo1tkee20DQ21qjAJIbXsmZaMYQmSOB57sF4SWfKUKDZpRpeQlK1pZNbhch5LYMpFUoCSupV7CFzTC' +
  'nJ9P3DQiGntMwhSQL6I6z4NsQ22AMouLzJUgMwPJVhZuGlrgUf5PB3jUjuGFFhGxOaEOyHwlZkNDaBlYUrx0C426az0VwLYWk6ng' +
  'MF1R8SB3NSQL8EtfFNQwSDOF/uc+MT8iBSaVKT2rmdtVQbgiJuNpP7HoAOt0CX5seqUDqo9aduWKSFPL7rM8CyAlyS6SVemwDtei' +
  'hHoNOzc764/n2ghKzdIbDzHltuyR04feF4RmUtlCDGW6dOYeA7zILOBqMcgyofeumLTJ8yING8S2HCbC1xX2Tgsp0Q9JoGOXAUvk' +
  'K9nlUyEbEYkO6fhVFsNsNGQ7InVfs5ITp51G5voZyBxzHFRO7+KYix1tSFmoQ4RI8zttyz6cYXeBBVTmDPG2ATs3U/zst1IKk9qJ' +
  'MeSBLOpcb/se8bKik3hNGtZUIHsSzvSBJAhtPV2wj8X7EGGyaWzP8giE1c/iA9YEq+p6aFNU4/jJO6MWyNxJdTO9wj2HPWLU8m00' +
  'rVRgoaYe7lQhg7VS9nbgTNuKjOHuz6Zg52fUoSO634M1FhRImTKap0YAWnwoQgeeb0+9xnOoNTIPKUBMQ88E4ASEA2JuAyIlseV6' +
  'Ii7uylK0zoPx3xyVokPi1M5mkAgOAikIlHyfGFNmUkUfTXIJolaSn3DzCQD74bbx/wAnqMXxIE4AAA=='
;
var got = zlib.gunzipSync(Buffer.from(fromNode, 'base64')).toString();
console.log('inflated Node gzip', got.length, got === want);
console.log(crypto.createHash('sha256').update(got).digest('hex'));
var pieces = [];
for (var i = 0; i < 50; i++) pieces.push(zlib.gzipSync(text(100 + i)));
console.log('members', zlib.gunzipSync(Buffer.concat(pieces)).length);

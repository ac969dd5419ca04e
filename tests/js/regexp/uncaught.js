// An invalid pattern built at run time is an uncaught SyntaxError.
console.log('before', /ok/.test('ok'));
const pattern = '(unclosed';
console.log(new RegExp(pattern));
console.log('not reached');

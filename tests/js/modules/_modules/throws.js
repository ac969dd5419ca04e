console.log('throws.js evaluating');
throw new Error('failure during module initialisation');

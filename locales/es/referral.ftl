# Después de una evaluación: próximos pasos (content brief §4) y el resumen
# anónimo para una llamada de derivación. El resumen nunca contiene un nombre.

result-next-steps = Próximos pasos
step-privacy = Hable con la persona a solas, lejos de cualquier acompañante, empleador o «traductor». Nunca use a un acompañante como intérprete.
step-consent = Una persona adulta elige qué ayuda aceptar, salvo si una vida está en peligro. Dígale quién es usted, qué va a hacer a continuación y por qué.
step-child = Un menor siempre se deriva, pase lo que pase después.
step-no-confront = No confronte a nadie de quien sospeche, no fotografíe a la persona y no anote nombres.
summary-title = Resumen anónimo para la llamada de derivación
summary-intro = Léalo en voz alta o péguelo cuando llame. No contiene nombres ni datos que identifiquen a la persona.
summary-outcome = Resultado de la evaluación: { $outcome }
summary-signs = Señales observadas: { $signs }
summary-signs-none = Señales observadas: ninguna
summary-risks = Situación de alto riesgo: { $risks }
summary-areas = Áreas que alcanzan el umbral ILO/EC: { $areas }
summary-areas-none = Áreas que alcanzan el umbral ILO/EC: ninguna
summary-child-yes = Posiblemente menor: sí
summary-child-no = Posiblemente menor: no
summary-child-unknown = Posiblemente menor: edad desconocida
summary-language = Idioma que necesita la persona: { $language }
summary-copy = Copiar el resumen
summary-copied = Resumen copiado.
summary-copy-failed = Aquí no se puede copiar. Seleccione el texto y cópielo a mano.
summary-print = Imprimir
